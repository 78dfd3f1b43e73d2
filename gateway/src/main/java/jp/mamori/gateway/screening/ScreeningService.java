package jp.mamori.gateway.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Timer;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningPort;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.ScreeningResult;
import jp.mamori.engine.Assessment;
import jp.mamori.engine.ProviderLookups;
import jp.mamori.engine.ProviderSignals;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.connector.Sha256;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.IdempotencyKeys;
import jp.mamori.gateway.storage.IdempotencyKeys.Claim;
import jp.mamori.gateway.storage.Screenings;
import jp.mamori.gateway.storage.Screenings.StoredScreening;
import jp.mamori.gateway.storage.TimeOrderedIds;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Screens one order for one merchant: validate, honour the Idempotency-Key, ask the providers (DNS, IP intelligence),
 * assess with the engine, store the answer with its identity keys, and only then let the order count for velocity.
 */
@Service
public class ScreeningService {

    /**
     * An answer ready to send; {@code replayed} when an earlier request with the same key made it.
     * {@code result} is the answer as an object when this request made it, null for a replay (whose
     * answer exists only as the JSON stored then).
     */
    public record Screened(String screeningId, byte[] json, boolean replayed, ScreeningResult result) {
    }

    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final ScreeningJson json;
    private final ScoringEngine engine;
    private final ProviderLookups providers;
    private final Screenings screenings;
    private final IdempotencyKeys idempotency;
    private final ScreeningMetrics metrics;
    private final GroupCommit commits;
    private final Clock clock;

    public ScreeningService(ScreeningJson json, ScoringEngine engine, ProviderLookups providers, Screenings screenings,
                            IdempotencyKeys idempotency, ScreeningMetrics metrics, GroupCommit commits, Clock clock) {
        this.json = json;
        this.engine = engine;
        this.providers = providers;
        this.screenings = screenings;
        this.idempotency = idempotency;
        this.metrics = metrics;
        this.commits = commits;
        this.clock = clock;
    }

    /** Screens a request body as the public API receives it. */
    public Mono<Screened> screen(String merchantId, byte[] body, String idempotencyKey) {
        return Mono.defer(() -> screen(merchantId, json.readRequest(body), idempotencyKey, Sha256.hex(body)));
    }

    /**
     * The screening port of one merchant, for adapters mounted in the gateway. Idempotency compares
     * requests by their canonical JSON, since there is no body as sent.
     */
    public ScreeningPort portFor(String merchantId) {
        return new ScreeningPort() {
            @Override
            public Mono<ScreeningResult> screen(ScreeningRequest request, String idempotencyKey) {
                return screenAndTell(request, idempotencyKey, null).map(Answer::result);
            }

            @Override
            public Mono<Answer> screenAndTell(ScreeningRequest request, String idempotencyKey, String requestSha256) {
                return Mono.defer(() -> ScreeningService.this.screen(merchantId, request, idempotencyKey,
                                requestSha256 != null ? requestSha256 : Sha256.hex(json.write(request))))
                        .map(screened -> screened.result() != null
                                ? new Answer(screened.result(), !screened.replayed())
                                : new Answer(json.read(screened.json(), ScreeningResult.class), false));
            }
        };
    }

    /** A new screening's id, for {@link #screenAs}. */
    public String nextScreeningId() {
        return TimeOrderedIds.next("scr_", clock.instant());
    }

    /**
     * Screens a request another API read, under {@code screeningId} (from {@link #nextScreeningId}) chosen by the caller: one that
     * may answer before the screening ends (an authorization past its deadline) can name the screening to come.
     */
    public Mono<Screened> screenAs(String merchantId, ScreeningRequest request, String screeningId) {
        return Mono.defer(() -> screenAndStore(merchantId, request, null, screeningId, metrics.start()));
    }

    private Mono<Screened> screen(String merchantId, ScreeningRequest request, String idempotencyKey, String bodySha256) {
        return Mono.defer(() -> {
            Timer.Sample sample = metrics.start();
            if (idempotencyKey == null) {
                return screenAndStore(merchantId, request, null, null, sample);
            }
            checkIdempotencyKey(idempotencyKey);
            // Almost every key is new, so the key is claimed in the same write as the screening instead of looked
            // up first; when it is taken, that write fails alone, nothing of this assessment is kept, and the
            // answer is the one stored under the key.
            return screenAndStore(merchantId, request, new KeyUse(idempotencyKey, bodySha256), null, sample)
                    .onErrorResume(DataIntegrityViolationException.class, e -> idempotency.find(merchantId, idempotencyKey)
                            .flatMap(existing -> replay(merchantId, existing, bodySha256))
                            .switchIfEmpty(Mono.error(e)));
        });
    }

    /** An Idempotency-Key and the body it came with. */
    private record KeyUse(String key, String bodySha256) {
    }

    /** {@code screeningId}: the id to store the screening under; null for a new one. */
    private Mono<Screened> screenAndStore(String merchantId, ScreeningRequest request, KeyUse keyUse, String screeningId,
                                          Timer.Sample sample) {
        CompletableFuture<ProviderSignals> signals = providers.gather(request).toCompletableFuture();
        // Providers switched off or answered from their caches: no hop to another thread.
        Mono<ProviderSignals> gathered = signals.isDone() ? Mono.just(signals.join())
                : Mono.fromCompletionStage(signals).publishOn(Schedulers.parallel());
        return gathered.flatMap(found -> store(merchantId, request, engine.assess(merchantId, request, found), keyUse,
                screeningId != null ? screeningId : nextScreeningId(), sample));
    }

    private Mono<Screened> store(String merchantId, ScreeningRequest request, Assessment assessment, KeyUse keyUse,
                                 String screeningId, Timer.Sample sample) {
        ScreeningResult result = new ScreeningResult(screeningId, request.orderId(), assessment.decision(),
                assessment.score(), assessment.reasons(), assessment.recommendation(), assessment.policyVersion(),
                clock.instant());
        byte[] answer = json.writeResult(result);
        StoredScreening stored = new StoredScreening(screeningId, merchantId, request.orderId(), request.orderedAt(),
                result.screenedAt(), result.decision().name(), result.score(), result.policyVersion(),
                new String(answer, StandardCharsets.UTF_8), assessment.keys(), assessment.facts());
        return commits.write(sql -> {
                    if (keyUse != null) {
                        idempotency.insert(sql, merchantId, keyUse.key(), new Claim(keyUse.bodySha256(), screeningId),
                                result.screenedAt());
                    }
                    screenings.save(sql, stored);
                    return null;
                })
                .then(Mono.fromRunnable(() -> {
                    engine.record(assessment);
                    metrics.screened(result.decision(), sample);
                }))
                .thenReturn(new Screened(screeningId, answer, false, result));
    }

    private Mono<Screened> replay(String merchantId, Claim existing, String bodySha256) {
        if (!existing.bodySha256().equals(bodySha256)) {
            return Mono.error(new ApiProblem(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used with a different request body"));
        }
        return screenings.resultJson(merchantId, existing.screeningId())
                .map(stored -> new Screened(existing.screeningId(), stored.getBytes(StandardCharsets.UTF_8), true, null))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("an idempotency claim without its screening")));
    }

    private static void checkIdempotencyKey(String key) {
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters",
                    List.of(new FieldError("Idempotency-Key", "must be 1 to 255 visible ASCII characters")));
        }
    }
}
