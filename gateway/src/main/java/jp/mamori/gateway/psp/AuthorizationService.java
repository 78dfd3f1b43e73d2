package jp.mamori.gateway.psp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.Decision;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.screening.ScreeningService;
import jp.mamori.gateway.screening.ScreeningService.Screened;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Screenings;
import jp.mamori.gateway.storage.TimeOrderedIds;
import jp.mamori.psp.authorization.ActionPolicy;
import jp.mamori.psp.authorization.AuthorizationAnswer;
import jp.mamori.psp.authorization.AuthorizationRequest;
import jp.mamori.psp.authorization.AuthorizationRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Answers a PSP's authorization within its deadline. The screening runs apart from the answer: when it is done in
 * time, its decision is answered; when the deadline comes first, the merchant's fallback is, and the screening goes on
 * to be stored all the same, under the id the fallback already named, and into the review queue when it decides NG.
 *
 * <p>Two things keep a stalled screening from delaying the answer: it runs on the bounded-elastic threads, never on
 * the server's own (a blocked event loop could not send the fallback), and the deadlines are kept by a thread of their
 * own, which no screening ever runs on.
 */
@Service
public class AuthorizationService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationService.class);
    /** At most this much of a deadline, and a tenth of it at most, is kept for the answer's way back. */
    static final Duration MAX_MARGIN = Duration.ofMillis(15);

    private final AuthorizationRequests requests;
    private final AuthorizationPolicies policies;
    private final ScreeningService screenings;
    private final Screenings storedScreenings;
    private final GroupCommit commits;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Scheduler deadlines = Schedulers.newSingle("authorization-deadlines");
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public AuthorizationService(ScreeningJson json, AuthorizationPolicies policies, ScreeningService screenings,
                                Screenings storedScreenings, GroupCommit commits, MeterRegistry meters, Clock clock) {
        this.requests = new AuthorizationRequests(json);
        this.policies = policies;
        this.screenings = screenings;
        this.storedScreenings = storedScreenings;
        this.commits = commits;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Reads a request's body, failing on bad input with the fields named. Apart from {@link #authorize}, since the
     * merchant it is for may be known only from its {@code merchant_id} (a partner's key acts for many).
     */
    public AuthorizationRequest read(byte[] body) {
        return requests.read(body);
    }

    /**
     * The answer for {@code merchantId}, whom {@code request} was sent for (with their own API key or their partner's).
     * The deadline runs from {@code arrivedNanos} ({@link System#nanoTime()}), when the request reached the gateway:
     * what it waited before (for a thread, for its body, for its key and merchant to be looked up) counts against it,
     * as it does for the caller.
     */
    public Mono<AuthorizationAnswer> authorize(String merchantId, AuthorizationRequest request, long arrivedNanos) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            String authorizationId = TimeOrderedIds.next("auth_", now);
            String screeningId = screenings.nextScreeningId();
            ActionPolicy policy = policies.of(merchantId);
            Mono<Screened> screening = screenings.screenAs(merchantId, request.screening(), screeningId)
                    .subscribeOn(Schedulers.boundedElastic())
                    .cache();
            Mono<AuthorizationAnswer> fallback =
                    Mono.fromSupplier(() -> AuthorizationAnswer.fallback(authorizationId, screeningId, policy));
            Duration left = left(request.deadline(), arrivedNanos, System.nanoTime());
            // A request that waited past its deadline before it got here is answered the fallback at once: a timeout
            // of zero would still race the screening, and a quick one would win, later than the caller can use it.
            Mono<AuthorizationAnswer> answer = (left.isZero() ? fallback : screening
                    .map(screened -> AuthorizationAnswer.of(authorizationId, screened.result(), policy))
                    .timeout(left, fallback, deadlines)
                    // A screening that failed (the database, say) is a screening that did not answer in time.
                    .onErrorResume(e -> fallback))
                    .cache();
            // The screening and the record of the authorization complete whoever waits for them: after a fallback
            // nobody does.
            Mono.zip(answer, screening)
                    .flatMap(done -> record(merchantId, request, done.getT1(), done.getT2().result().decision(), now))
                    .subscribe(null, e -> log.warn("Authorization {} (screening {}) was not completed", authorizationId,
                            screeningId, e));
            return answer.doOnNext(given -> counter(given).increment());
        });
    }

    /**
     * When the fallback is due: what is left of {@code deadline} from {@code arrivedNanos} to {@code nowNanos}, less a margin for what
     * still follows (writing the answer, the network, a collector's pause) before the caller has it; zero when it is
     * used up, for a fallback at once. The caller's deadline is a promise: the answer must be in its hands by then.
     */
    static Duration left(Duration deadline, long arrivedNanos, long nowNanos) {
        Duration margin = deadline.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? deadline.dividedBy(10) : MAX_MARGIN;
        Duration left = deadline.minus(margin).minusNanos(nowNanos - arrivedNanos);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Mono<Void> record(String merchantId, AuthorizationRequest request, AuthorizationAnswer answer,
                              Decision decided, Instant at) {
        String provider = request.psp() == null ? null : request.psp().provider();
        String reference = request.psp() == null ? null : request.psp().reference();
        return commits.write(sql -> {
            sql.update("INSERT INTO authorizations (id, merchant_id, screening_id, psp_provider, psp_reference, action, "
                            + "fallback, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    answer.authorizationId(), merchantId, answer.screeningId(), provider, reference, answer.action().json(),
                    answer.fallback(), at);
            // The PSP was told the fallback for a payment the screening then refused: a person must look at it.
            if (answer.fallback() && decided == Decision.NG) {
                storedScreenings.queueForReview(sql, answer.screeningId());
            }
            return null;
        }).then();
    }

    /** The answer's counter, registered once per action and fallback: there are six, and a thousand answers a second. */
    private Counter counter(AuthorizationAnswer answer) {
        return counters.computeIfAbsent(answer.action().json() + '/' + answer.fallback(), key -> Counter.builder("mamori.authorizations")
                .description("Authorizations answered, by action and by whether the deadline forced the fallback")
                .tag("action", answer.action().json())
                .tag("fallback", Boolean.toString(answer.fallback()))
                .register(meters));
    }

    @Override
    public void destroy() {
        deadlines.dispose();
    }
}
