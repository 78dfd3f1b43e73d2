package jp.mamori.gateway.providers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.MailHostLookup;

/**
 * Mail host look-ups with a deadline and a cache. An answer later than the deadline is "unknown", so no order
 * waits longer; known answers are kept (a domain's mail servers rarely change, a domain without any may get one,
 * so it is kept for less), unknown ones never, so the next order asks again. Orders from one domain arriving
 * together share one look-up.
 */
final class CachedMailHosts implements MailHostLookup {

    private final MailHostLookup dns;
    private final Duration deadline;
    private final AsyncCache<String, MailDomainStatus> cache;

    CachedMailHosts(MailHostLookup dns, Duration deadline, Duration receivingKeptFor, Duration noHostKeptFor, long maxDomains,
                    Ticker ticker) {
        this.dns = dns;
        this.deadline = deadline;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxDomains)
                .ticker(ticker)
                // Upkeep is a few map operations: done by the caller, not handed to another pool.
                .executor(Runnable::run)
                .expireAfter(new KeptFor(receivingKeptFor, noHostKeptFor))
                .buildAsync();
    }

    @Override
    public CompletionStage<MailDomainStatus> lookUp(String domain) {
        return cache.get(domain, (name, executor) -> ask(name));
    }

    private CompletableFuture<MailDomainStatus> ask(String domain) {
        CompletableFuture<MailDomainStatus> answer;
        try {
            answer = dns.lookUp(domain).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(MailDomainStatus.UNKNOWN);
        }
        // A copy: timing out must not complete the resolver's own future, which it may still answer.
        return answer.thenApply(status -> status)
                .completeOnTimeout(MailDomainStatus.UNKNOWN, deadline.toNanos(), TimeUnit.NANOSECONDS)
                .exceptionally(failure -> MailDomainStatus.UNKNOWN);
    }

    /** How long each answer is kept: unknown ones not at all. */
    private record KeptFor(Duration receiving, Duration noHost) implements Expiry<String, MailDomainStatus> {

        @Override
        public long expireAfterCreate(String domain, MailDomainStatus status, long now) {
            return switch (status) {
                case RECEIVES_MAIL -> receiving.toNanos();
                case NO_MAIL_HOST -> noHost.toNanos();
                case UNKNOWN -> 0;
            };
        }

        @Override
        public long expireAfterUpdate(String domain, MailDomainStatus status, long now, long remaining) {
            return expireAfterCreate(domain, status, now);
        }

        @Override
        public long expireAfterRead(String domain, MailDomainStatus status, long now, long remaining) {
            return remaining;
        }
    }
}
