package jp.mamori.gateway.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.state.NegativeList;
import jp.mamori.gateway.review.NegativeListRows.Listing;
import jp.mamori.gateway.storage.GroupCommit;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The shared negative list, written through to the database. Every change is committed together
 * with the record that caused it (a review, a feedback) and only then shown to the engine's list in
 * memory, so the engine never matches a listing that a crash could lose. The memory is filled from
 * the database at start (see {@code EngineConfiguration}).
 */
@Component
public class DurableNegativeList {

    /** What a commit did: whether its record was new, and the list changes that came with it. */
    private record Change(boolean recorded, List<Listing> listed, List<IdentityKey> removed) {
    }

    private final NegativeListRows rows;
    private final GroupCommit commits;
    private final NegativeList memory;

    public DurableNegativeList(NegativeListRows rows, GroupCommit commits, ScoringEngine engine) {
        this.rows = rows;
        this.commits = commits;
        this.memory = engine.negativeList();
    }

    /**
     * Commits {@code record} and, when it answers true, {@code source}'s listing of each of {@code keys}
     * that it has not listed yet; answers what {@code record} answered. {@code at} is when the reported
     * order was placed: the listing holds for every order placed after it, however late the report came and
     * whenever that order is screened (a webhook screened from the inbox, a replayed history), until
     * {@code expiresAt} (null: until the merchant lifts it).
     */
    public Mono<Boolean> registerWith(Mono<Boolean> record, Collection<IdentityKey> keys, String source, String reason,
                                      String screeningId, Instant at, Instant expiresAt) {
        return commits.submit(() -> record.flatMap(recorded -> !recorded ? Mono.just(new Change(false, List.of(), List.of()))
                        : Flux.fromIterable(keys)
                                .map(key -> new Listing(key, source, reason, screeningId, at, expiresAt))
                                .concatMap(listing -> rows.insertIfAbsent(listing).filter(Boolean::booleanValue).map(added -> listing))
                                .collectList()
                                .map(listed -> new Change(true, listed, List.of()))))
                .map(change -> applyToMemory(change, source));
    }

    /**
     * Commits the {@code listings} their merchants have not made yet, in one transaction, and only then shows
     * them to the engine; answers how many were new.
     */
    public Mono<Integer> register(List<Listing> listings) {
        return commits.submit(() -> Flux.fromIterable(listings)
                        .concatMap(listing -> rows.insertIfAbsent(listing).filter(Boolean::booleanValue).map(added -> listing))
                        .collectList())
                .map(listed -> {
                    for (Listing listing : listed) {
                        memory.register(listing.key(), listing.sourceMerchant(), listing.reason(), listing.registeredAt(),
                                listing.expiresAt());
                    }
                    return listed.size();
                });
    }

    /** Commits {@code record} and, when it answers true, takes {@code source}'s listings of {@code keys} off. */
    public Mono<Boolean> removeWith(Mono<Boolean> record, Collection<IdentityKey> keys, String source) {
        return commits.submit(() -> record.flatMap(recorded -> !recorded ? Mono.just(new Change(false, List.of(), List.of()))
                        : Flux.fromIterable(keys)
                                .concatMap(key -> rows.delete(key, source).filter(Boolean::booleanValue).map(deleted -> key))
                                .collectList()
                                .map(removed -> new Change(true, List.of(), removed))))
                .map(change -> applyToMemory(change, source));
    }

    /** Shows a committed change to the engine; answers whether its record was new. */
    private boolean applyToMemory(Change change, String source) {
        for (Listing listing : change.listed()) {
            memory.register(listing.key(), source, listing.reason(), listing.registeredAt(), listing.expiresAt());
        }
        for (IdentityKey key : change.removed()) {
            memory.remove(key, source);
        }
        return change.recorded();
    }
}
