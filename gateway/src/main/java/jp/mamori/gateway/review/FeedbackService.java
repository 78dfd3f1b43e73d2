package jp.mamori.gateway.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.gateway.review.VerdictReader.FeedbackInput;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Screenings;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stores what a merchant, or its payment provider, learnt about a screened order. A chargeback, a confirmed
 * or a reported fraud lists the order's identities for every merchant to match; a confirmed genuine buyer
 * lifts this merchant's own listings of them, never another merchant's; a dispute for another reason is
 * only recorded. Each type counts once per screening: sending it again
 * (a retried request, a re-sent dispute) changes nothing and answers the feedback first stored.
 */
@Service
public class FeedbackService {

    /** The stored feedback, and whether this request stored it or an earlier one had. */
    public record Received(Feedback feedback, boolean isNew) {
    }

    private final Screenings screenings;
    private final FeedbackRecords records;
    private final DurableNegativeList negativeList;
    private final GroupCommit commits;
    private final Clock clock;

    public FeedbackService(Screenings screenings, FeedbackRecords records, DurableNegativeList negativeList,
                           GroupCommit commits, Clock clock) {
        this.screenings = screenings;
        this.records = records;
        this.negativeList = negativeList;
        this.commits = commits;
        this.clock = clock;
    }

    /** Feedback a merchant sent through the API about one of its screenings. */
    public Mono<Received> feedback(String merchantId, String screeningId, FeedbackInput input) {
        return feedback(merchantId, screeningId, input, Feedback.FROM_MERCHANT);
    }

    /**
     * Feedback about one of the merchant's screenings from {@code source}: {@link Feedback#FROM_MERCHANT}, or the
     * payment provider whose event reported it.
     */
    public Mono<Received> feedback(String merchantId, String screeningId, FeedbackInput input, String source) {
        return ScreeningNotFound.unlessDeletedMeanwhile(recorded(merchantId, screeningId, input, source), screenings, merchantId,
                screeningId);
    }

    private Mono<Received> recorded(String merchantId, String screeningId, FeedbackInput input, String source) {
        return screenings.exists(merchantId, screeningId)
                .flatMap(exists -> exists ? Mono.zip(screenings.keys(screeningId).collectList(), screenings.orderedAt(screeningId))
                        : Mono.error(ScreeningNotFound.problem()))
                .flatMap(found -> {
                    List<IdentityKey> keys = found.getT1();
                    Feedback feedback = new Feedback(screeningId, merchantId, input.type(), source,
                            input.note(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                    Mono<Boolean> record = records.insertIfNew(feedback);
                    Mono<Boolean> stored = switch (input.type().effect()) {
                        case LISTS -> negativeList.registerWith(record, ListedIdentities.of(keys), merchantId,
                                input.type().label(), screeningId, found.getT2(), input.listedUntil());
                        case UNLISTS -> negativeList.removeWith(record, keys, merchantId);
                        case NONE -> commits.submit(() -> record);
                    };
                    return stored.flatMap(isNew -> isNew ? Mono.just(new Received(feedback, true))
                            : records.find(screeningId, input.type()).map(first -> new Received(first, false)));
                });
    }
}
