package jp.mamori.gateway.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jp.mamori.gateway.review.VerdictReader.ReviewInput;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Screenings;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stores a clerk's verdict on one of the merchant's screenings. NG lists the order's identities on
 * the shared negative list in the same commit, with the merchant as its source.
 */
@Service
public class ReviewService {

    static final String REVIEW_NG = "review_ng";

    private final Screenings screenings;
    private final ReviewRecords reviews;
    private final DurableNegativeList negativeList;
    private final GroupCommit commits;
    private final Clock clock;

    public ReviewService(Screenings screenings, ReviewRecords reviews, DurableNegativeList negativeList,
                         GroupCommit commits, Clock clock) {
        this.screenings = screenings;
        this.reviews = reviews;
        this.negativeList = negativeList;
        this.commits = commits;
        this.clock = clock;
    }

    public Mono<Review> review(String merchantId, String screeningId, ReviewInput input) {
        return ScreeningNotFound.unlessDeletedMeanwhile(recorded(merchantId, screeningId, input), screenings, merchantId, screeningId);
    }

    private Mono<Review> recorded(String merchantId, String screeningId, ReviewInput input) {
        return screenings.exists(merchantId, screeningId)
                .flatMap(exists -> exists ? Mono.just(screeningId) : Mono.error(ScreeningNotFound.problem()))
                .flatMap(id -> {
                    Review review = new Review(id, merchantId, input.resolution(),
                            input.note(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                    Mono<Boolean> record = reviews.insert(review).thenReturn(true);
                    if (input.resolution() != Resolution.NG) {
                        return commits.submit(() -> record).thenReturn(review);
                    }
                    return Mono.zip(screenings.keys(id).collectList(), screenings.orderedAt(id))
                            .flatMap(found -> negativeList.registerWith(record, ListedIdentities.of(found.getT1()), merchantId,
                                    REVIEW_NG, id, found.getT2(), input.listedUntil()))
                            .thenReturn(review);
                });
    }
}
