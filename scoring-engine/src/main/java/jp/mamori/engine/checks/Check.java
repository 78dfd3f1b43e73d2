package jp.mamori.engine.checks;

import java.util.function.Consumer;

/** One kind of risk, detected from the evidence alone: pure, no state, no I/O. */
public interface Check {

    void inspect(Evidence evidence, Consumer<Finding> findings);
}
