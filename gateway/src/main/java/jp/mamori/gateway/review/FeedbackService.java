package jp.mamori.gateway.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.gateway.review.VerdictReader.FeedbackInput;
import jp.mamori.gateway.storage.Screenings;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Stores what a merchant learnt about a screened order. A chargeback or a confirmed fraud lists the
 * order's identities for every merchant to match; a confirmed genuine buyer lifts this merchant's own
 * listings of them, never another merchant's. Each type counts once per screening: sending it again
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
    private final Clock clock;

    public FeedbackService(Screenings screenings, FeedbackRecords records, DurableNegativeList negativeList, Clock clock) {
        this.screenings = screenings;
        this.records = records;
        this.negativeList = negativeList;
        this.clock = clock;
    }

    public Mono<Received> feedback(String merchantId, String screeningId, FeedbackInput input) {
        return screenings.exists(merchantId, screeningId)
                .flatMap(exists -> exists ? Mono.zip(screenings.keys(screeningId).collectList(), screenings.orderedAt(screeningId))
                        : Mono.error(ScreeningNotFound.problem()))
                .flatMap(found -> {
                    List<IdentityKey> keys = found.getT1();
                    Feedback feedback = new Feedback(screeningId, merchantId, input.type(),
                            input.note(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                    Mono<Boolean> record = records.insertIfNew(feedback);
                    Mono<Boolean> stored = input.type().confirmsFraud()
                            ? negativeList.registerWith(record, ListedIdentities.of(keys), merchantId, input.type().label(),
                                    screeningId, found.getT2(), input.listedUntil())
                            : negativeList.removeWith(record, keys, merchantId);
                    return stored.flatMap(isNew -> isNew ? Mono.just(new Received(feedback, true))
                            : records.find(screeningId, input.type()).map(first -> new Received(first, false)));
                });
    }
}
