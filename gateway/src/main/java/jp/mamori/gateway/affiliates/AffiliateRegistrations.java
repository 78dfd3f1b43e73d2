package jp.mamori.gateway.affiliates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
