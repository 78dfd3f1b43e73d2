package jp.mamori.eccube;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningResult;

/**
 * The third of the adapter's three parts: a decision goes back into the shop through Mamori42's
 * {@code updateOrderScreening} (decision, score and reasons on the order, one shop-memo entry per
 * screening, and a hold to 対応中 when the shop's settings ask for one). Api42 alone cannot change an
 * order, so without Mamori42 the decision stays in Mamori's review queue and {@code doctor} says so.
 * <p>
 * Whether Mamori42 is there is asked once by introspection and remembered for {@link #DETECTION_TTL}, so
 * a plugin installed or disabled later is noticed without asking on every order. The mutation is
 * idempotent per screening id, so a repeat after a crash or a timeout writes nothing twice.
 */
public final class EcCubeWriteBack {

    /** How long an answer about Mamori42 is trusted. */
    public static final Duration DETECTION_TTL = Duration.ofMinutes(10);
    /** Mamori42 takes at most this many characters of reasons. */
    static final int MAX_REASONS = 4000;
    static final String MUTATION = "updateOrderScreening";

    /** How a write-back went. */
    public enum Outcome {
        /** Mamori42 stored the decision ({@code APPLIED}, {@code REPLAYED} or {@code SUPERSEDED}). */
        WRITTEN,
        /** Mamori42 is not installed or not enabled: the decision is in Mamori's review queue only. */
        REVIEW_QUEUE_ONLY,
        /** The order was deleted in the meantime. */
        ORDER_GONE
    }

    public record Result(Outcome outcome, String detail) {
    }

    /** What the last look for Mamori42 found, and when. */
    public record Detection(boolean installed, Instant checkedAt) {
    }

    private final EcCubeClient client;
    private final Clock clock;
    private volatile Detection detection;

    public EcCubeWriteBack(EcCubeClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Writes {@code result} back to order {@code orderId}; {@code hold} asks Mamori42 to move it to 対応中. */
    public Result writeBack(long orderId, ScreeningResult result, boolean hold) {
        if (!mamori42Installed()) {
            return new Result(Outcome.REVIEW_QUEUE_ONLY, "Mamori42 is not installed: kept in Mamori's review queue");
        }
        try {
            EcCubeClient.ScreeningUpdate update = client.updateOrderScreening(orderId, result.screeningId(),
                    result.decision().name(), result.score(), reasons(result), hold);
            if (update == null) {
                return new Result(Outcome.ORDER_GONE, "the order no longer exists");
            }
            return new Result(Outcome.WRITTEN, update.outcome() + ", hold " + update.hold());
        } catch (Mamori42Unavailable e) {
            detection = new Detection(false, clock.instant());
            return new Result(Outcome.REVIEW_QUEUE_ONLY, "Mamori42 is disabled: kept in Mamori's review queue");
        }
    }

    /** Whether Mamori42's mutation is offered, asking the shop when the last answer is too old. */
    public boolean mamori42Installed() {
        Detection known = detection;
        if (known == null || known.checkedAt().plus(DETECTION_TTL).isBefore(clock.instant())) {
            known = detect();
        }
        return known.installed();
    }

    /** Asks the shop now (for {@code doctor}, and when the remembered answer has expired). */
    public Detection detect() {
        Detection found = new Detection(client.mutationNames().contains(MUTATION), clock.instant());
        detection = found;
        return found;
    }

    /** The last answer, or null when the shop was never asked. */
    public Detection lastDetection() {
        return detection;
    }

    /** The reasons in Japanese with their codes, one a line, as a clerk reads them in the shop memo. */
    static String reasons(ScreeningResult result) {
        String text = result.reasons().stream()
                .map(EcCubeWriteBack::line)
                .collect(Collectors.joining("\n"));
        return text.length() <= MAX_REASONS ? text : text.substring(0, text.lastIndexOf('\n', MAX_REASONS) + 1).strip();
    }

    private static String line(Reason reason) {
        String message = reason.messageJa() != null && !reason.messageJa().isBlank() ? reason.messageJa() : reason.message();
        return message + " (" + reason.code() + ")";
    }
}
