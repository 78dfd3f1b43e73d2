package jp.mamori.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.MailHostLookup;
import org.junit.jupiter.api.Test;

/** The deadline and the cache around DNS, with a DNS that answers as each test says and a clock each test moves. */
class CachedMailHostsTest {

    private static final Duration DEADLINE = Duration.ofMillis(50);

    /** DNS answering from a table at once; a domain it does not hold is never answered. Counts what it was asked. */
    private static final class ScriptedDns implements MailHostLookup {
        final Map<String, CompletableFuture<MailDomainStatus>> answers = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        ScriptedDns answer(String domain, MailDomainStatus status) {
            answers.put(domain, CompletableFuture.completedFuture(status));
            return this;
        }

        @Override
        public CompletionStage<MailDomainStatus> lookUp(String domain) {
            asked.add(domain);
            return answers.computeIfAbsent(domain, d -> new CompletableFuture<>());
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final ScriptedDns dns = new ScriptedDns();
    private final CachedMailHosts hosts = new CachedMailHosts(dns, DEADLINE, Duration.ofHours(24), Duration.ofHours(1), 1000, nanos::get);

    private MailDomainStatus lookUp(String domain) {
        return hosts.lookUp(domain).toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
    }

    private void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aDomainWithMailServersIsAskedOnceADay() {
        dns.answer("docomo.ne.jp", MailDomainStatus.RECEIVES_MAIL);

        assertThat(lookUp("docomo.ne.jp")).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        wait(Duration.ofHours(23));
        assertThat(lookUp("docomo.ne.jp")).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        assertThat(dns.asked).hasSize(1);

        wait(Duration.ofHours(2));
        lookUp("docomo.ne.jp");
        assertThat(dns.asked).hasSize(2);
    }

    @Test
    void aDomainWithoutMailServersIsAskedAgainAfterAnHour() {
        dns.answer("yamada-shoji.jp", MailDomainStatus.NO_MAIL_HOST);

        assertThat(lookUp("yamada-shoji.jp")).isEqualTo(MailDomainStatus.NO_MAIL_HOST);
        wait(Duration.ofMinutes(59));
        lookUp("yamada-shoji.jp");
        assertThat(dns.asked).hasSize(1);

        wait(Duration.ofMinutes(2));
        lookUp("yamada-shoji.jp");
        assertThat(dns.asked).hasSize(2);
    }

    @Test
    void anAnswerLaterThanTheDeadlineIsUnknownAndAskedAgainNextTime() {
        assertThat(lookUp("slow.example.jp")).isEqualTo(MailDomainStatus.UNKNOWN);

        // The next order asks again, and an answer in time is kept.
        dns.answers.put("slow.example.jp", CompletableFuture.completedFuture(MailDomainStatus.RECEIVES_MAIL));
        assertThat(lookUp("slow.example.jp")).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        assertThat(lookUp("slow.example.jp")).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        assertThat(dns.asked).hasSize(2);
    }

    @Test
    void anUnknownAnswerIsNeverKept() {
        dns.answer("servfail.example.jp", MailDomainStatus.UNKNOWN);

        lookUp("servfail.example.jp");
        lookUp("servfail.example.jp");

        assertThat(dns.asked).hasSize(2);
    }

    @Test
    void aFailingOrThrowingDnsIsUnknown() {
        dns.answers.put("broken.example.jp", CompletableFuture.failedFuture(new IllegalStateException("socket closed")));
        CachedMailHosts throwing = new CachedMailHosts(domain -> {
            throw new IllegalStateException("no resolver");
        }, DEADLINE, Duration.ofHours(24), Duration.ofHours(1), 1000, nanos::get);

        assertThat(lookUp("broken.example.jp")).isEqualTo(MailDomainStatus.UNKNOWN);
        assertThat(throwing.lookUp("gmail.com").toCompletableFuture().join()).isEqualTo(MailDomainStatus.UNKNOWN);
    }

    @Test
    void ordersFromOneDomainArrivingTogetherShareOneLookUp() {
        CompletableFuture<MailDomainStatus> pending = new CompletableFuture<>();
        dns.answers.put("shop-buyers.jp", pending);

        CompletableFuture<MailDomainStatus> first = hosts.lookUp("shop-buyers.jp").toCompletableFuture();
        CompletableFuture<MailDomainStatus> second = hosts.lookUp("shop-buyers.jp").toCompletableFuture();
        pending.complete(MailDomainStatus.RECEIVES_MAIL);

        assertThat(first.join()).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        assertThat(second.join()).isEqualTo(MailDomainStatus.RECEIVES_MAIL);
        assertThat(dns.asked).containsExactly("shop-buyers.jp");
    }
}
