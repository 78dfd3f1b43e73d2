package jp.mamori.gateway.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.mamori.gateway.review.Resolution;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Reads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the retention pass deletes, one batch per commit through the storage writer: screenings past their keep with
 * every row tied to them, and idempotency keys past theirs. A screening still open in the review queue is never
 * deleted. Negative-list entries are the shared list's, not the screening's: they stay, naming a screening that may
 * be gone.
 */
@Component
public class ExpiredRecords {

    /** Where a screening stands in the order the pass walks them, oldest first: by screened_at, then id. */
    record Place(Instant screenedAt, String id) {

        /** Before every screening. */
        static final Place FIRST = new Place(Instant.EPOCH, "");
    }

    /** The verdicts that take a screening out of the review queue, as SQL literals: 'OK', 'NG'. */
    private static final String RESOLVING = Stream.of(Resolution.values())
            .filter(Resolution::resolves)
            .map(resolution -> "'" + resolution.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * Screening {@code s} is not open in the review queue, as the queue decides it (ReviewRecords): open is queued with
     * no verdict yet, or a HOLD as its latest.
     */
    private static final String NOT_OPEN = "(s.in_review_queue = FALSE OR (SELECT r.resolution FROM screening_reviews r "
            + "WHERE r.screening_id = s.id ORDER BY r.seq DESC FETCH FIRST 1 ROW ONLY) IN (" + RESOLVING + "))";

    private final GroupCommit commits;
    private final Reads reads;

    public ExpiredRecords(GroupCommit commits, Reads reads) {
        this.commits = commits;
        this.reads = reads;
    }

    /**
     * Up to {@code limit} screenings made before {@code before} that may be deleted, oldest first from after {@code
     * after}. Read outside the writer: screenings kept in the review queue are skipped here, once a pass, however many
     * there are, and never while a commit waits.
     */
    Mono<List<Place>> screenedBefore(Instant before, Place after, int limit) {
        return reads.all("SELECT s.screened_at, s.id FROM screenings s WHERE s.screened_at < ? "
                                + "AND (s.screened_at, s.id) > (?, ?) AND " + NOT_OPEN
                                + " ORDER BY s.screened_at, s.id FETCH FIRST ? ROWS ONLY",
                        row -> new Place(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2)),
                        before, after.screenedAt(), after.id(), limit)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Deletes the screenings {@code found} that may still be deleted (a clerk's HOLD since they were read reopens one)
     * and every row tied to them, in one commit; answers how many screenings.
     */
    Mono<Integer> forgetScreenings(List<Place> found, Instant before) {
        if (found.isEmpty()) {
            return Mono.just(0);
        }
        String[] candidates = found.stream().map(Place::id).toArray(String[]::new);
        return commits.write(sql -> {
            String[] ids = sql.query("SELECT s.id FROM screenings s WHERE s.id = ANY(?) AND s.screened_at < ? AND " + NOT_OPEN,
                    row -> row.getString(1), candidates, before).toArray(String[]::new);
            if (ids.length == 0) {
                return 0;
            }
            sql.update("DELETE FROM screening_keys WHERE screening_id = ANY(?)", (Object) ids);
            sql.update("DELETE FROM screening_reviews WHERE screening_id = ANY(?)", (Object) ids);
            sql.update("DELETE FROM screening_feedback WHERE screening_id = ANY(?)", (Object) ids);
            sql.update("DELETE FROM authorizations WHERE screening_id = ANY(?)", (Object) ids);
            // A key is claimed in its screening's write and dated as it (ScreeningService): the time narrows the search
            // to keys as old as these screenings, normally none, since keys expire sooner.
            sql.update("DELETE FROM idempotency_keys WHERE created_at < ? AND screening_id = ANY(?)", before, ids);
            // An EC-CUBE order's content marked as being screened, if the mark is as old: no delivery is at work on it.
            List<Object[]> marks = sql.query("SELECT shop, order_id FROM ec_cube_screened WHERE screening_id = ANY(?)",
                    row -> new Object[] {row.getString(1), row.getLong(2), before}, (Object) ids);
            sql.updateEach("DELETE FROM ec_cube_screening WHERE shop = ? AND order_id = ? AND started_at < ?", marks);
            sql.update("DELETE FROM ec_cube_screened WHERE screening_id = ANY(?)", (Object) ids);
            return sql.update("DELETE FROM screenings WHERE id = ANY(?)", (Object) ids);
        });
    }

    /** Deletes up to {@code limit} idempotency keys claimed before {@code before}; answers how many. */
    Mono<Integer> forgetIdempotencyKeys(Instant before, int limit) {
        return commits.write(sql -> {
            List<Object[]> keys = sql.query("SELECT merchant_id, idempotency_key FROM idempotency_keys WHERE created_at < ? "
                            + "ORDER BY created_at FETCH FIRST ? ROWS ONLY",
                    row -> new Object[] {row.getString(1), row.getString(2)}, before, limit);
            sql.updateEach("DELETE FROM idempotency_keys WHERE merchant_id = ? AND idempotency_key = ?", keys);
            return keys.size();
        });
    }
}
