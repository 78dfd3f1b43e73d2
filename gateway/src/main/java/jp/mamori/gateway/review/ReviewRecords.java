package jp.mamori.gateway.review;

import java.time.Instant;

import io.r2dbc.spi.Readable;
import jp.mamori.connector.Decision;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored reviews: every verdict is kept, the latest of a screening counts. */
@Component
public class ReviewRecords {

    /** One screening of the review queue: its stored answer, whether it is queued, and its latest review, if any. */
    public record QueueEntry(String screeningId, Instant screenedAt, String resultJson, boolean inReviewQueue,
                             Review latestReview) {
    }

    /**
     * The shapes of a page's query, each read in the order of an index of its own (see V9_1): its name, the filter on
     * the index's second column, and that column in the ORDER BY. REVIEW lists the review queue, the screenings
     * marked for it (REVIEW decisions, and NG decisions a fallback had answered), not only the REVIEW decisions.
     */
    private enum Shape {
        QUEUE("screenings_review_queue", "AND s.in_review_queue = TRUE ", "s.in_review_queue DESC, "),
        DECISION("screenings_queue", "AND s.decision = :decision ", "s.decision DESC, "),
        ALL("screenings_recent", "", "");

        private final String index;
        private final String filter;
        private final String order;

        Shape(String index, String filter, String order) {
            this.index = index;
            this.filter = filter;
            this.order = order;
        }

        static Shape of(QueueQuery query) {
            return query.decision() == null ? ALL : query.decision() == Decision.REVIEW ? QUEUE : DECISION;
        }
    }

    private static final String LATEST_REVIEW_JOIN = "LEFT JOIN screening_reviews r ON r.screening_id = s.id "
            + "AND r.seq = (SELECT MAX(x.seq) FROM screening_reviews x WHERE x.screening_id = s.id) ";

    private final DatabaseClient db;

    public ReviewRecords(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(Review review) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("INSERT INTO screening_reviews "
                        + "(screening_id, merchant_id, resolution, note, reviewed_at) "
                        + "VALUES (:screening, :merchant, :resolution, :note, :at)")
                .bind("screening", review.screeningId())
                .bind("merchant", review.reviewedBy())
                .bind("resolution", review.resolution().name())
                .bind("at", Rows.timestamp(review.reviewedAt()));
        return Notes.bind(insert, review.note()).then();
    }

    /** The latest review of a screening. */
    public Mono<Review> latest(String screeningId) {
        return db.sql("SELECT screening_id, merchant_id, resolution, note, reviewed_at FROM screening_reviews "
                        + "WHERE screening_id = :screening ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .bind("screening", screeningId)
                .map(ReviewRecords::review)
                .one();
    }

    /** One page of this merchant's screenings, newest first, as {@code query} selects them. */
    public Flux<QueueEntry> page(String merchantId, QueueQuery query) {
        return bound(db.sql(pageSql(query)), merchantId, query)
                .map(row -> new QueueEntry(
                        row.get("screening_id", String.class),
                        Rows.instant(row.get("screened_at")),
                        row.get("result_json", String.class),
                        row.get("in_review_queue", Boolean.class),
                        row.get("resolution", String.class) == null ? null : review(row)))
                .all();
    }

    static String pageSql(QueueQuery query) {
        Shape shape = Shape.of(query);
        // H2 weighs the indexes alike on a small table and then picks one it must sort the page from: named here.
        StringBuilder sql = new StringBuilder("SELECT s.id AS screening_id, s.screened_at, s.result_json, "
                + "s.in_review_queue, r.merchant_id, r.resolution, r.note, r.reviewed_at FROM screenings s USE INDEX (")
                .append(shape.index).append(") ")
                .append(LATEST_REVIEW_JOIN)
                .append("WHERE s.merchant_id = :merchant ")
                .append(shape.filter);
        if (query.status() == ReviewStatus.OPEN) {
            sql.append("AND (r.resolution IS NULL OR r.resolution = 'HOLD') ");
        } else if (query.status() == ReviewStatus.RESOLVED) {
            sql.append("AND r.resolution IN ('OK', 'NG') ");
        }
        if (query.after() != null) {
            sql.append("AND (s.screened_at < :at OR (s.screened_at = :at AND s.id < :id)) ");
        }
        // Ordered by the columns of the index named above, the fixed ones included: only then does H2 read the index
        // newest first and stop at the page's end instead of sorting.
        return sql.append("ORDER BY s.merchant_id DESC, ").append(shape.order)
                .append("s.screened_at DESC, s.id DESC LIMIT :limit").toString();
    }

    /** {@code spec}, a query of {@link #pageSql}, with the parameters of {@code query} bound. */
    static DatabaseClient.GenericExecuteSpec bound(DatabaseClient.GenericExecuteSpec spec, String merchantId,
                                                   QueueQuery query) {
        spec = spec.bind("merchant", merchantId).bind("limit", query.limit());
        if (Shape.of(query) == Shape.DECISION) {
            spec = spec.bind("decision", query.decision().name());
        }
        if (query.after() != null) {
            spec = spec.bind("at", Rows.timestamp(query.after().screenedAt())).bind("id", query.after().screeningId());
        }
        return spec;
    }

    private static Review review(Readable row) {
        return new Review(row.get("screening_id", String.class), row.get("merchant_id", String.class),
                Resolution.valueOf(row.get("resolution", String.class)), row.get("note", String.class),
                Rows.instant(row.get("reviewed_at")));
    }
}
