package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;

/**
 * Small orders paid with one card after another from one device or IP address: a tester checks which stolen
 * cards work with purchases too cheap to be noticed, before spending the good ones. Needs fewer cards than the
 * distinct-card rule, because the amounts tell.
 */
public final class SmallAmountCardTestingCheck implements Check {

    private final CardTestingSettings settings;

    public SmallAmountCardTestingCheck(CardTestingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        CardTestingSignals signals = evidence.cardTesting();
        if (signals.smallWhere() == null) {
            return;
        }
        int limit = CardTestingSettings.limitFrom(settings.smallAmountCardLimit(), signals.smallWhere());
        if (signals.smallOrderCards() > limit) {
            findings.accept(Finding.of(ReasonCode.CARD_TESTING_SMALL_AMOUNTS, signals.smallOrders(), settings.smallAmountYen(),
                    signals.smallOrderCards(), NegativeListCheck.term(signals.smallWhere()), settings.window().toMinutes()));
        }
    }
}
