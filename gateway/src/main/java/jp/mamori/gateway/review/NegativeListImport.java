package jp.mamori.gateway.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.FieldError;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.gateway.review.NegativeListRows.Listing;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Lists known fraudsters from a CSV export for one merchant, as if that merchant had confirmed each: every
 * value is keyed by this instance's pepper on arrival, only the keys are stored, and they match from the
 * import on. A file with any mistake lists nothing, and the answer names each mistake's line and column.
 */
@Service
public class NegativeListImport {

    /** What an import did: lines read, keys newly listed, keys the merchant had listed already. */
    public record Imported(int lines, int listed, int alreadyListed) {
    }

    private static final int MAX_MISTAKES = 100;

    private final ScoringEngine engine;
    private final DurableNegativeList negativeList;
    private final Merchants merchants;
    private final Clock clock;

    public NegativeListImport(ScoringEngine engine, DurableNegativeList negativeList, Merchants merchants, Clock clock) {
        this.engine = engine;
        this.negativeList = negativeList;
        this.merchants = merchants;
        this.clock = clock;
    }

    public Mono<Imported> importCsv(String merchantId, String csv) {
        return merchants.find(merchantId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .flatMap(merchant -> {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    NegativeListCsv.Read read = NegativeListCsv.read(csv, now);
                    List<Listing> listings = listings(merchantId, read, now);
                    return negativeList.register(listings)
                            .map(listed -> new Imported(read.lines().size(), listed, listings.size() - listed));
                });
    }

    private List<Listing> listings(String merchantId, NegativeListCsv.Read read, Instant now) {
        List<FieldError> mistakes = new ArrayList<>(read.mistakes());
        List<Listing> listings = new ArrayList<>();
        for (NegativeListCsv.Line line : read.lines()) {
            List<IdentityKey> keys = ListedIdentities.of(engine.keysOf(line.identity()));
            Set<IdentityKind> missing = EnumSet.copyOf(line.expected());
            keys.forEach(key -> missing.remove(key.kind()));
            for (IdentityKind kind : missing) {
                mistakes.add(new FieldError(column(kind), "line " + line.number() + ": " + unreadable(kind)));
            }
            for (IdentityKey key : keys) {
                listings.add(new Listing(key, merchantId, line.reason(), null, now, line.listedUntil()));
            }
        }
        if (!mistakes.isEmpty()) {
            List<FieldError> shown = mistakes.size() > MAX_MISTAKES ? mistakes.subList(0, MAX_MISTAKES) : mistakes;
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-csv", "Invalid negative list CSV",
                    mistakes.size() + " mistake(s), nothing was listed; the first: " + shown.get(0).field() + " "
                            + shown.get(0).detail(), shown);
        }
        return listings;
    }

    private static String column(IdentityKind kind) {
        return switch (kind) {
            case EMAIL -> "email";
            case PHONE -> "phone";
            case CARD -> "card_fingerprint";
            case DEVICE -> "device_cookie";
            default -> "address";
        };
    }

    private static String unreadable(IdentityKind kind) {
        return switch (kind) {
            case EMAIL -> "not an email address that can receive mail";
            case PHONE -> "not a phone number";
            case ADDRESS -> "not an address that can be told apart (prefecture, municipality, town and block)";
            default -> "gives no identity";
        };
    }
}
