package jp.mamori.gateway.affiliates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.gateway.affiliates.AffiliateRows.Registration;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A merchant's affiliates as they registered with it or its ASP: each identity keyed by this instance's pepper on
 * arrival, only the keys stored, and shown to the engine once committed, so that an order through the affiliate
 * carrying one of them is a self-referral from then on. Registering again replaces; deleting withdraws.
 */
@Service
public class AffiliateRegistrations {

    /** What a registration did: stored {@code registration}, {@code created} when the affiliate had none before. */
    public record Registered(Registration registration, boolean created) {
    }

    /** What an import did: lines read, affiliates registered for the first time, registrations replaced. */
    public record Imported(int lines, int registered, int replaced) {
    }

    private static final int MAX_MISTAKES = 100;

    /** As long as {@code affiliate.id} of a screening request. */
    static final int MAX_AFFILIATE_ID = 128;

    private final ScoringEngine engine;
    private final AffiliateRows rows;
    private final Merchants merchants;
    private final GroupCommit commits;
    private final Clock clock;
    /** Numbers the changes in the order they were committed: a slower change never undoes a later one in the engine. */
    private long committed;
    private final Map<String, Long> applied = new HashMap<>();

    public AffiliateRegistrations(ScoringEngine engine, AffiliateRows rows, Merchants merchants, GroupCommit commits, Clock clock) {
        this.engine = engine;
        this.rows = rows;
        this.merchants = merchants;
        this.commits = commits;
        this.clock = clock;
    }

    public Mono<Registered> register(String merchantId, String affiliateId, AffiliateIdentity identity) {
        return Mono.defer(() -> {
            checkId(affiliateId);
            List<IdentityKey> keys = engine.affiliateKeysOf(identity);
            Registration registration = new Registration(merchantId, affiliateId, keys,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            return existingMerchant(merchantId)
                    .then(commits.submit(() -> rows.replace(registration).map(created -> new Change(next(), created))))
                    .map(change -> {
                        apply(change.seq(), merchantId, affiliateId, keys);
                        return new Registered(registration, change.created());
                    });
        });
    }

    /**
     * Registers every affiliate of a CSV export (see {@link AffiliateCsv}) in one commit, each in place of its earlier
     * registration. A file with any mistake registers nothing, and the answer names each mistake's line and column.
     */
    public Mono<Imported> importCsv(String merchantId, String csv) {
        return existingMerchant(merchantId).then(Mono.defer(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AffiliateCsv.Read read = AffiliateCsv.read(csv);
            List<FieldError> mistakes = new ArrayList<>(read.mistakes());
            List<Registration> registrations = new ArrayList<>();
            for (AffiliateCsv.Line line : read.lines()) {
                try {
                    checkId(line.affiliateId());
                    registrations.add(new Registration(merchantId, line.affiliateId(), engine.affiliateKeysOf(line.identity()), now));
                } catch (InvalidRequestException e) {
                    e.errors().forEach(error -> mistakes.add(new FieldError(error.field().isEmpty() ? "csv" : error.field(),
                            "line " + line.number() + ": " + error.detail())));
                }
            }
            if (!mistakes.isEmpty()) {
                List<FieldError> shown = mistakes.size() > MAX_MISTAKES ? mistakes.subList(0, MAX_MISTAKES) : mistakes;
                return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-csv", "Invalid affiliate CSV",
                        mistakes.size() + " mistake(s), nothing was registered; the first: " + shown.get(0).field() + " "
                                + shown.get(0).detail(), shown));
            }
            return commits.submit(() -> Flux.fromIterable(registrations)
                            .concatMap(registration -> rows.replace(registration).map(created -> new Change(next(), created)))
                            .collectList())
                    .map(changes -> {
                        int created = 0;
                        for (int i = 0; i < changes.size(); i++) {
                            Registration registration = registrations.get(i);
                            apply(changes.get(i).seq(), merchantId, registration.affiliateId(), registration.keys());
                            created += changes.get(i).created() ? 1 : 0;
                        }
                        return new Imported(read.lines().size(), created, changes.size() - created);
                    });
        }));
    }

    /** Withdraws the affiliate's registration; false when it had none. */
    public Mono<Boolean> delete(String merchantId, String affiliateId) {
        return Mono.defer(() -> {
            checkId(affiliateId);
            return existingMerchant(merchantId)
                    .then(commits.submit(() -> rows.delete(merchantId, affiliateId).map(deleted -> new Change(next(), deleted))))
                    .map(change -> {
                        if (change.created()) {
                            apply(change.seq(), merchantId, affiliateId, null);
                        }
                        return change.created();
                    });
        });
    }

    public Mono<Registration> find(String merchantId, String affiliateId) {
        return Mono.defer(() -> {
            checkId(affiliateId);
            return existingMerchant(merchantId).then(rows.find(merchantId, affiliateId));
        });
    }

    public Flux<Registration> ofMerchant(String merchantId) {
        return existingMerchant(merchantId).thenMany(rows.ofMerchant(merchantId));
    }

    /** A committed change: its place among all changes, and whether it created (or, for a delete, removed) a registration. */
    private record Change(long seq, boolean created) {
    }

    /** Called in the single writer, so numbers follow the commit order. */
    private synchronized long next() {
        return ++committed;
    }

    /** Shows a committed change to the engine unless a later one of the same affiliate got there first; null keys: deleted. */
    private synchronized void apply(long seq, String merchantId, String affiliateId, List<IdentityKey> keys) {
        String affiliate = merchantId + '\n' + affiliateId;
        Long current = applied.get(affiliate);
        if (current != null && current > seq) {
            return;
        }
        applied.put(affiliate, seq);
        if (keys == null) {
            engine.unregisterAffiliate(merchantId, affiliateId);
        } else {
            engine.rememberAffiliate(merchantId, affiliateId, keys);
        }
    }

    private Mono<Void> existingMerchant(String merchantId) {
        return merchants.find(merchantId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .then();
    }

    private static void checkId(String affiliateId) {
        if (affiliateId.isBlank() || affiliateId.length() > MAX_AFFILIATE_ID || !affiliateId.equals(affiliateId.strip())) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, List.of(new FieldError("affiliate_id",
                    "must be 1 to " + MAX_AFFILIATE_ID + " characters without leading or trailing spaces, as orders carry it in affiliate.id")));
        }
    }
}
