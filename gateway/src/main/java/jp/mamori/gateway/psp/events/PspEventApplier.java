package jp.mamori.gateway.psp.events;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.engine.Decline;
import jp.mamori.engine.DeclineEvent;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.gateway.review.FeedbackService;
import jp.mamori.gateway.review.FeedbackType;
import jp.mamori.gateway.review.VerdictReader;
import jp.mamori.gateway.review.VerdictReader.FeedbackInput;
import jp.mamori.gateway.storage.Screenings;
import jp.mamori.psp.PspEvent;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What a stored provider event does. A chargeback for fraud and a fraud report are feedback on the payment's
 * screening, as a merchant's {@code chargeback} is: its identities join the shared negative list, once however often
 * the event comes. A dispute for another reason is recorded on the screening and lists nothing. A decline counts
 * towards card testing, against the card and against whoever the payment's screening says tried it.
 *
 * <p>Feedback needs its screening: an event whose payment matches none is retried (the screening of an authorization
 * answered by its fallback may still be on its way) and, in the end, dead-lettered with the references it named, for a
 * person to look into; a label is too valuable to drop. A decline needs none: it counts against its card without.
 */
@Service
public class PspEventApplier {

    private final PspPayments payments;
    private final FeedbackService feedback;
    private final Screenings screenings;
    private final PspDeclines declines;
    private final ScoringEngine engine;
    private final MeterRegistry meters;
    private final Clock clock;

    public PspEventApplier(PspPayments payments, FeedbackService feedback, Screenings screenings, PspDeclines declines,
                           ScoringEngine engine, MeterRegistry meters, Clock clock) {
        this.payments = payments;
        this.feedback = feedback;
        this.screenings = screenings;
        this.declines = declines;
        this.engine = engine;
        this.meters = meters;
        this.clock = clock;
    }

    /** Applies {@code event} to {@code merchantId}'s screenings and state; applying it again changes nothing. */
    public Mono<Void> apply(String merchantId, PspEvent event) {
        if (event instanceof PspEvent.Chargeback chargeback) {
            return feedback(merchantId, chargeback, chargeback.payment(),
                    chargeback.fraudulent() ? FeedbackType.CHARGEBACK : FeedbackType.DISPUTE,
                    "chargeback" + (chargeback.reason() == null ? "" : ": " + chargeback.reason()));
        }
        if (event instanceof PspEvent.FraudReported reported) {
            return feedback(merchantId, reported, reported.payment(), FeedbackType.FRAUD_REPORTED,
                    "fraud reported" + (reported.fraudType() == null ? "" : ": " + reported.fraudType()));
        }
        if (event instanceof PspEvent.Declined declined) {
            return decline(merchantId, declined);
        }
        count(event, "ignored");
        return Mono.empty();
    }

    private Mono<Void> feedback(String merchantId, PspEvent event, PspEvent.Payment payment, FeedbackType type, String note) {
        String described = event.provider() + " " + event.eventId() + ", " + note;
        FeedbackInput input = new FeedbackInput(type,
                described.length() > VerdictReader.MAX_NOTE ? described.substring(0, VerdictReader.MAX_NOTE) : described, null);
        return payments.screeningOf(merchantId, event.provider(), payment)
                .switchIfEmpty(Mono.error(() -> {
                    count(event, "unmatched");
                    return new IllegalStateException("no screening of merchant " + merchantId + " matches this "
                            + event.provider() + " payment (references " + payment.references() + ", order id "
                            + payment.orderId() + ")");
                }))
                .flatMap(screeningId -> feedback.feedback(merchantId, screeningId, input, event.provider()))
                .doOnNext(received -> count(event, received.isNew() ? "applied" : "already_applied"))
                .then();
    }

    private Mono<Void> decline(String merchantId, PspEvent.Declined declined) {
        PspEvent.Card card = declined.card() == null ? new PspEvent.Card(null, null, null, null) : declined.card();
        Decline decline = new Decline(declined.at() != null ? declined.at() : clock.instant(), null, null, null,
                card.bin(), last4(card.last4()), card.fingerprint());
        return payments.screeningOf(merchantId, declined.provider(), declined.payment())
                .flatMap(screeningId -> screenings.keys(screeningId).collectList())
                .defaultIfEmpty(List.<IdentityKey>of())
                .flatMap(ofThePayment -> {
                    DeclineEvent keyed = engine.declineEvent(merchantId, decline, ofThePayment);
                    return declines.insertIfNew(PspDeclines.key(merchantId, declined.provider(), declined.attemptId()), keyed)
                            .doOnNext(isNew -> {
                                if (isNew) {
                                    engine.remember(keyed);
                                }
                                count(declined, ofThePayment.isEmpty() ? "applied_to_card" : "applied");
                            });
                })
                .then();
    }

    /** Adyen's {@code cardSummary} is the last four digits; anything else is not kept. */
    private static String last4(String value) {
        return value != null && value.matches("\\d{4}") ? value : null;
    }

    private void count(PspEvent event, String outcome) {
        Counter.builder("mamori.psp.events")
                .description("Provider events applied, by provider, kind and outcome")
                .tag("provider", event.provider())
                .tag("kind", event.kind())
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
