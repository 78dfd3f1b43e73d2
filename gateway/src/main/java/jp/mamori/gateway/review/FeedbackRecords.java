package jp.mamori.gateway.review;

import io.r2dbc.spi.Readable;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored feedback: at most one of each type per screening. */
@Component
public class FeedbackRecords {

    private static final String SELECT =
            "SELECT screening_id, feedback_type, merchant_id, source, note, received_at FROM screening_feedback ";

    private final DatabaseClient db;

    public FeedbackRecords(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores {@code feedback} unless the screening already has feedback of its type; true when stored.
     * Runs in the single writer of {@link jp.mamori.gateway.storage.GroupCommit}, so look-up and insert
     * never interleave with another write.
     */
    public Mono<Boolean> insertIfNew(Feedback feedback) {
        return find(feedback.screeningId(), feedback.type())
                .map(existing -> false)
                .switchIfEmpty(Mono.defer(() -> Notes.bind(db.sql("INSERT INTO screening_feedback "
                                        + "(screening_id, feedback_type, merchant_id, source, note, received_at) "
                                        + "VALUES (:screening, :type, :merchant, :source, :note, :at)")
                                .bind("screening", feedback.screeningId())
                                .bind("type", feedback.type().label())
                                .bind("merchant", feedback.sentBy())
                                .bind("source", feedback.source())
                                .bind("at", Rows.timestamp(feedback.receivedAt())), feedback.note())
                        .then()
                        .thenReturn(true)));
    }

    public Mono<Feedback> find(String screeningId, FeedbackType type) {
        return db.sql(SELECT + "WHERE screening_id = :screening AND feedback_type = :type")
                .bind("screening", screeningId)
                .bind("type", type.label())
                .map(FeedbackRecords::feedback)
                .one();
    }

    /** All feedback on a screening, in the order it was received. */
    public Flux<Feedback> of(String screeningId) {
        return db.sql(SELECT + "WHERE screening_id = :screening ORDER BY received_at, feedback_type")
                .bind("screening", screeningId)
                .map(FeedbackRecords::feedback)
                .all();
    }

    private static Feedback feedback(Readable row) {
        return new Feedback(row.get("screening_id", String.class), row.get("merchant_id", String.class),
                FeedbackType.fromLabel(row.get("feedback_type", String.class)).orElseThrow(),
                row.get("source", String.class), row.get("note", String.class), Rows.instant(row.get("received_at")));
    }
}
