package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Buyer;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.FuriganaChecker;
import jp.mamori.engine.normalize.FuriganaMatch;
import jp.mamori.engine.normalize.ReadingVerdict;

/**
 * Furigana that cannot be a reading of the buyer's name: whoever typed it did not know how the name is read,
 * as with a name taken from a stolen card. Only confident mismatches count, never an unknown reading, since
 * given names have many irregular readings. Recipients' names are not judged: a gift's sender may not know them.
 */
public final class FuriganaMismatchCheck implements Check {

    private final double minConfidence;

    public FuriganaMismatchCheck(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Buyer buyer = evidence.request().buyer();
        if (buyer == null || buyer.name() == null) {
            return;
        }
        // The buyer's name as the normalizer left it: normalizing it again would split it with the dictionary again.
        FuriganaMatch match = FuriganaChecker.check(evidence.order().buyerName());
        if (match.verdict() == ReadingVerdict.MISMATCH && match.confidence() >= minConfidence) {
            findings.accept(Finding.of(ReasonCode.NAME_FURIGANA_MISMATCH));
        }
    }
}
