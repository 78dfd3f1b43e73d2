package jp.mamori.gateway.policy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.FieldError;
import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.PolicyFormat;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.gateway.policy.MerchantPolicyRows.StoredPolicy;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Gives a merchant a policy of its own: checked by the engine (a mistake is a 400 naming its line and field),
 * stored, and only then used for the merchant's next order. A version names one policy for good: the same
 * version with other content is refused, so every recorded decision can be explained by its version.
 */
@Service
public class MerchantPolicyService {

    /** The longest version the screenings table records. */
    static final int MAX_VERSION = 64;

    /** What an upload did: {@code stored} a new upload, or found the same policy already in force. */
    public record Upload(StoredPolicy policy, boolean stored) {
    }

    private enum Outcome { STORED, ALREADY_IN_FORCE, VERSION_TAKEN }

    private record Decided(Outcome outcome, StoredPolicy row) {
    }

    private final ScoringEngine engine;
    private final MerchantPolicyRows rows;
    private final Merchants merchants;
    private final GroupCommit commits;
    private final Clock clock;
    /** The seq of the upload each merchant's engine policy came from: a slower upload never replaces a newer one. */
    private final Map<String, Long> applied = new HashMap<>();

    public MerchantPolicyService(ScoringEngine engine, MerchantPolicyRows rows, Merchants merchants, GroupCommit commits,
                                 Clock clock) {
        this.engine = engine;
        this.rows = rows;
        this.merchants = merchants;
        this.commits = commits;
        this.clock = clock;
    }

    public Mono<Upload> upload(String merchantId, String text, PolicyFormat format) {
        return Mono.defer(() -> {
            Policy policy = read(text, format);
            return merchants.find(merchantId)
                    .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                    .then(commits.submit(() -> decide(merchantId, policy, text, format)))
                    .map(decided -> switch (decided.outcome()) {
                        case VERSION_TAKEN -> throw new ApiProblem(HttpStatus.CONFLICT, "policy-version-taken",
                                "Policy version taken", "this merchant already has another policy with version "
                                + policy.version() + "; give the changed policy a new version");
                        case ALREADY_IN_FORCE -> new Upload(decided.row(), false);
                        case STORED -> {
                            apply(decided.row().seq(), merchantId, policy);
                            yield new Upload(decided.row(), true);
                        }
                    });
        });
    }

    /** The policy {@code merchantId} is screened with: its own, or empty for the default one. */
    public Mono<Optional<StoredPolicy>> inForce(String merchantId) {
        return merchants.find(merchantId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .then(rows.inForce(merchantId).map(Optional::of).defaultIfEmpty(Optional.empty()));
    }

    private Policy read(String text, PolicyFormat format) {
        Policy policy;
        try {
            policy = engine.readPolicy(text, format);
        } catch (InvalidPolicy mistake) {
            throw invalid(mistake);
        }
        if (policy.version().length() > MAX_VERSION) {
            throw invalid(InvalidPolicy.at("version", "must be at most " + MAX_VERSION + " characters"));
        }
        if (policy.version().equals(engine.policy().version())) {
            throw invalid(InvalidPolicy.at("version", "is the version of Mamori's default policy: give this policy a version of its own"));
        }
        return policy;
    }

    /** Runs in the single writer, so that two uploads of one version never both pass the look-up. */
    private Mono<Decided> decide(String merchantId, Policy policy, String text, PolicyFormat format) {
        return rows.findVersion(merchantId, policy.version())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(earlier -> {
                    if (earlier.isPresent() && !Policy.read(earlier.get().document(), earlier.get().format()).equals(policy)) {
                        return Mono.just(new Decided(Outcome.VERSION_TAKEN, earlier.get()));
                    }
                    return rows.inForce(merchantId)
                            .filter(current -> current.version().equals(policy.version()))
                            .map(current -> new Decided(Outcome.ALREADY_IN_FORCE, current))
                            .switchIfEmpty(Mono.defer(() -> rows.insert(merchantId, policy.version(), format, text,
                                            clock.instant().truncatedTo(ChronoUnit.MICROS))
                                    .map(stored -> new Decided(Outcome.STORED, stored))));
                });
    }

    private synchronized void apply(long seq, String merchantId, Policy policy) {
        Long current = applied.get(merchantId);
        if (current == null || current < seq) {
            engine.usePolicy(merchantId, policy);
            applied.put(merchantId, seq);
        }
    }

    private static ApiProblem invalid(InvalidPolicy mistake) {
        String where = mistake.line() > 0 ? "line " + mistake.line() + ": " : "";
        String field = mistake.field().isEmpty() ? "policy" : mistake.field();
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-policy", "Invalid policy", mistake.getMessage(),
                List.of(new FieldError(field, where + mistake.problem())));
    }
}
