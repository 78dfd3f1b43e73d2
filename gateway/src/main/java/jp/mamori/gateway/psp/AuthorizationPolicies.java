package jp.mamori.gateway.psp;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.psp.authorization.ActionPolicy;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Merchants' authorization policies, held in memory: an authorization must be answered within its deadline and
 * does not wait for the database to learn how. They are loaded before the first request, and a change is stored
 * first and shown to authorizations only once committed, so none is answered by a policy a crash could lose.
 */
@Component
public class AuthorizationPolicies {

    /** A merchant's own policy (null after it was taken away) as of the {@code change}-th change committed. */
    private record Applied(long change, ActionPolicy own) {
    }

    private final AuthorizationPolicyRows rows;
    private final Merchants merchants;
    private final GroupCommit commits;
    private final Clock clock;
    private final Map<String, Applied> byMerchant = new ConcurrentHashMap<>();
    /**
     * Counted inside the writes, which the single storage writer runs in commit order: two changes of one merchant
     * finishing in the other order never leave the older one in force.
     */
    private final AtomicLong changes = new AtomicLong();

    public AuthorizationPolicies(AuthorizationPolicyRows rows, Merchants merchants, GroupCommit commits, Clock clock) {
        this.rows = rows;
        this.merchants = merchants;
        this.commits = commits;
        this.clock = clock;
        rows.all().block().forEach(stored -> byMerchant.put(stored.merchantId(), new Applied(0, stored.policy())));
    }

    /** The policy an authorization of {@code merchantId} is answered by: its own, or the default. */
    public ActionPolicy of(String merchantId) {
        Applied applied = byMerchant.get(merchantId);
        return applied == null || applied.own() == null ? ActionPolicy.DEFAULT : applied.own();
    }

    /** The merchant's own policy, empty when it uses the default; 404 for no such merchant. */
    public Mono<Optional<ActionPolicy>> own(String merchantId) {
        return existing(merchantId).then(Mono.fromSupplier(() -> {
            Applied applied = byMerchant.get(merchantId);
            return Optional.ofNullable(applied == null ? null : applied.own());
        }));
    }

    /** Makes {@code policy} the merchant's from its next authorization on. */
    public Mono<Void> set(String merchantId, ActionPolicy policy) {
        return existing(merchantId)
                .then(commits.write(sql -> {
                    rows.replace(sql, merchantId, policy, clock.instant().truncatedTo(ChronoUnit.MICROS));
                    return changes.incrementAndGet();
                }))
                .doOnNext(change -> apply(merchantId, new Applied(change, policy)))
                .then();
    }

    /** Puts the merchant back on the default policy. */
    public Mono<Void> reset(String merchantId) {
        return existing(merchantId)
                .then(commits.write(sql -> {
                    rows.delete(sql, merchantId);
                    return changes.incrementAndGet();
                }))
                .doOnNext(change -> apply(merchantId, new Applied(change, null)))
                .then();
    }

    private Mono<Void> existing(String merchantId) {
        return merchants.find(merchantId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .then();
    }

    private void apply(String merchantId, Applied change) {
        byMerchant.merge(merchantId, change, (current, next) -> next.change() > current.change() ? next : current);
    }
}
