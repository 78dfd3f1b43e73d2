package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;

/**
 * Several cards of one BIN whose last four digits lie close together, tried from one device, IP address or
 * email: card numbers made by a generator stepping through an issuer's range (クレジットマスター), each tried
 * until one goes through. One household's cards share a BIN by chance, never a run of neighbouring numbers.
 */
public final class SequentialCardNumbersCheck implements Check {

    private final CardTestingSettings settings;

    public SequentialCardNumbersCheck(CardTestingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        CardTestingSignals signals = evidence.cardTesting();
        if (signals.sequentialWhere() == null) {
            return;
        }
        int limit = CardTestingSettings.limitFrom(settings.sequentialLimit(), signals.sequentialWhere());
        if (signals.sequentialCards() > limit) {
            findings.accept(Finding.of(ReasonCode.CARD_TESTING_SEQUENTIAL_LAST4, signals.sequentialCards(), signals.bin(),
                    NegativeListCheck.term(signals.sequentialWhere()), settings.window().toMinutes(), limit));
        }
    }
}
