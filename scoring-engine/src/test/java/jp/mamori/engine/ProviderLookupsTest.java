package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

class ProviderLookupsTest {

    @Test
    void looksUpTheBuyersEmailDomainOnceInTheFormDnsAsks() {
        List<String> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(domain -> {
            asked.add(domain);
            return CompletableFuture.completedFuture(MailDomainStatus.NO_MAIL_HOST);
        });

        ProviderSignals signals = lookups.gather(SampleOrders.order().email("Taro@Yamada-Shoji.JP").build()).toCompletableFuture().join();

        assertThat(asked).containsExactly("yamada-shoji.jp");
        assertThat(signals.mailDomain()).isEqualTo(MailDomainStatus.NO_MAIL_HOST);
    }

    @Test
    void asksNothingWithoutAnAddressThatCouldReceiveMail() {
        List<String> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(domain -> {
            asked.add(domain);
            return CompletableFuture.completedFuture(MailDomainStatus.RECEIVES_MAIL);
        });

        for (String email : new String[] {null, "", "taro@", "taro@gmail"}) {
            assertThat(lookups.gather(SampleOrders.order().email(email).build()).toCompletableFuture().join())
                    .isEqualTo(ProviderSignals.NONE);
        }
        assertThat(lookups.gather(SampleOrders.order().noBuyer().build()).toCompletableFuture().join()).isEqualTo(ProviderSignals.NONE);
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailingPortSaysNothingRatherThanFail() {
        ProviderLookups lookups = new ProviderLookups(domain -> CompletableFuture.failedFuture(new IllegalStateException("SERVFAIL")));

        assertThat(lookups.gather(SampleOrders.order().build()).toCompletableFuture().join()).isEqualTo(ProviderSignals.NONE);
    }

    @Test
    void theEngineWeighsADomainWithoutMailHostUnderTheDefaultPolicy() {
        ScoringEngine engine = new ScoringEngine(Policy.defaultPolicy(), OrderNormalizer.bundled(),
                new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8)),
                new InMemoryVelocityStore(Duration.ofHours(24)), DisposableEmailDomains.bundled());

        Assessment assessment = engine.assess("shop-tokyo-tea", SampleOrders.order().email("taro@yamada-shoji.jp").build(),
                new ProviderSignals(MailDomainStatus.NO_MAIL_HOST));

        assertThat(assessment.reasons()).extracting(Reason::code, Reason::weight)
                .containsExactly(tuple("EMAIL_DOMAIN_NO_MAIL_HOST", 40));
        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(engine.assess("shop-tokyo-tea", SampleOrders.order().email("taro@yamada-shoji.jp").build()).reasons())
                .as("nothing looked up").isEmpty();
    }
}
