package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * Card payments the PSP declined again and again for this order's device, IP address, email or card, or for its
 * card's BIN across the shop: stolen numbers tried until one passes. One report naming every scope over its
 * limit, with the highest count.
 */
public final class CardDeclinesCheck implements Check {

    private final CardTestingSettings settings;

    public CardDeclinesCheck(CardTestingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        List<Term> over = new ArrayList<>();
        int worst = 0;
        int worstLimit = 0;
        for (Map.Entry<DeclineScope, Integer> declines : evidence.cardTesting().declines().entrySet()) {
            int limit = declines.getKey() == DeclineScope.BIN ? settings.binDeclineLimit() : settings.declineLimit();
            if (declines.getValue() > limit) {
                over.add(declines.getKey().term());
                if (declines.getValue() > worst) {
                    worst = declines.getValue();
                    worstLimit = limit;
                }
            }
        }
        if (!over.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.CARD_TESTING_DECLINES, worst, Term.join(over),
                    settings.declineWindow().toMinutes(), worstLimit));
        }
    }
}
