package jp.mamori.gateway.review;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.Decision;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.review.ReviewRecords.QueueEntry;
import jp.mamori.gateway.storage.Screenings;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A screening as a merchant reads it back: the answer exactly as it was given, with what happened to
 * it since (why it is in the review queue, review status, latest review, feedback) added at read time.
 * The stored answer is never rewritten, so what the shop was told stays on record as it was told.
 */
@Component
public class ScreeningView {

    private final ScreeningJson json;
    private final Screenings screenings;
    private final ReviewRecords reviews;
    private final FeedbackRecords feedback;

    public ScreeningView(ScreeningJson json, Screenings screenings, ReviewRecords reviews, FeedbackRecords feedback) {
        this.json = json;
        this.screenings = screenings;
        this.reviews = reviews;
        this.feedback = feedback;
    }

    /**
     * One of this merchant's screenings with its {@code queued_because}, {@code status}, {@code review} and {@code
     * feedback}; empty when not found.
     */
    public Mono<byte[]> of(String merchantId, String screeningId) {
        return screenings.readBack(merchantId, screeningId)
                .flatMap(stored -> Mono.zip(
                                reviews.latest(screeningId).map(Optional::of).defaultIfEmpty(Optional.empty()),
                                feedback.of(screeningId).collectList())
                        .map(found -> {
                            Map<String, Object> body = withReview(stored.resultJson(), stored.inReviewQueue(),
                                    found.getT1().orElse(null));
                            body.put("feedback", found.getT2().stream().map(ScreeningView::feedback).toList());
                            return json.write(body);
                        }));
    }

    /** A screening of the review queue: its answer with {@code queued_because}, {@code status} and {@code review}. */
    Map<String, Object> queueItem(QueueEntry entry) {
        return withReview(entry.resultJson(), entry.inReviewQueue(), entry.latestReview());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> withReview(String stored, boolean inReviewQueue, Review latest) {
        Map<String, Object> body = new LinkedHashMap<>(json.read(stored.getBytes(StandardCharsets.UTF_8), Map.class));
        body.put("queued_because", inReviewQueue ? queuedBecause(body.get("decision")) : null);
        body.put("status", ReviewStatus.after(latest).label());
        body.put("review", latest == null ? null : review(latest));
        return body;
    }

    /**
     * Why a screening is in the review queue: its REVIEW decision, or else the fallback, which answered its
     * authorization before the screening decided NG (nothing else puts another decision there).
     */
    private static String queuedBecause(Object decision) {
        return Decision.REVIEW.name().equals(decision) ? "decision" : "fallback";
    }

    /** A review as the API shows it. */
    static Map<String, Object> review(Review review) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resolution", review.resolution().name());
        body.put("note", review.note());
        body.put("reviewed_by", review.reviewedBy());
        body.put("reviewed_at", review.reviewedAt().toString());
        return body;
    }

    /** A feedback as the API shows it. */
    static Map<String, Object> feedback(Feedback feedback) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", feedback.type().label());
        body.put("source", feedback.source());
        body.put("note", feedback.note());
        body.put("sent_by", feedback.sentBy());
        body.put("received_at", feedback.receivedAt().toString());
        return body;
    }
}
