package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Device;
import jp.mamori.connector.Reason;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

class ProviderLookupsTest {

    private static final Device HOSTED = new Device("198.51.100.23", null, null, null, null, null);
    private static final IpNetwork DATA_CENTRE_IN_US = new IpNetwork("US", Set.of(AnonymousNetwork.HOSTING_PROVIDER));

    @Test
    void looksUpTheBuyersEmailDomainOnceInTheFormDnsAsks() {
        List<String> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(domain -> {
            asked.add(domain);
            return CompletableFuture.completedFuture(MailDomainStatus.NO_MAIL_HOST);
        }, IpIntelligence.OFF);

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
        }, IpIntelligence.OFF);

        for (String email : new String[] {null, "", "taro@", "taro@gmail"}) {
            assertThat(lookups.gather(SampleOrders.order().email(email).build()).toCompletableFuture().join())
                    .isEqualTo(ProviderSignals.NONE);
        }
        assertThat(lookups.gather(SampleOrders.order().noBuyer().build()).toCompletableFuture().join()).isEqualTo(ProviderSignals.NONE);
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailingPortSaysNothingRatherThanFail() {
        ProviderLookups failing = new ProviderLookups(domain -> CompletableFuture.failedFuture(new IllegalStateException("SERVFAIL")),
                address -> CompletableFuture.failedFuture(new IllegalStateException("database gone")));
        ProviderLookups throwing = new ProviderLookups(domain -> {
            throw new IllegalStateException("resolver closed");
        }, address -> {
            throw new IllegalStateException("reader closed");
        });

        for (ProviderLookups lookups : List.of(failing, throwing)) {
            assertThat(lookups.gather(SampleOrders.order().device(HOSTED).build()).toCompletableFuture().join())
                    .isEqualTo(ProviderSignals.NONE);
        }
    }

    @Test
    void looksUpTheBuyersIpAddressAsTheLiteralItIs() {
        List<InetAddress> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(MailHostLookup.OFF, address -> {
            asked.add(address);
            return CompletableFuture.completedFuture(DATA_CENTRE_IN_US);
        });

        ProviderSignals signals = lookups.gather(SampleOrders.order().device(HOSTED).build()).toCompletableFuture().join();

        assertThat(asked).extracting(InetAddress::getHostAddress).containsExactly("198.51.100.23");
        assertThat(signals.ipNetwork()).isEqualTo(DATA_CENTRE_IN_US);
    }

    @Test
    void asksNothingWithoutAnIpAddress() {
        List<InetAddress> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(MailHostLookup.OFF, address -> {
            asked.add(address);
            return CompletableFuture.completedFuture(DATA_CENTRE_IN_US);
        });

        assertThat(lookups.gather(SampleOrders.order().device(null).build()).toCompletableFuture().join()).isEqualTo(ProviderSignals.NONE);
        assertThat(lookups.gather(SampleOrders.order().device(new Device(null, "JP", null, null, null, "ck_1")).build())
                .toCompletableFuture().join()).isEqualTo(ProviderSignals.NONE);
        assertThat(asked).isEmpty();
    }

    @Test
    void asksBothPortsAtOnceRatherThanOneAfterTheOther() {
        CompletableFuture<MailDomainStatus> slowDns = new CompletableFuture<>();
        List<InetAddress> asked = new ArrayList<>();
        ProviderLookups lookups = new ProviderLookups(domain -> slowDns, address -> {
            asked.add(address);
            return CompletableFuture.completedFuture(DATA_CENTRE_IN_US);
        });

        CompletionStage<ProviderSignals> signals = lookups.gather(SampleOrders.order().device(HOSTED).build());

        assertThat(asked).as("asked while DNS has not answered").hasSize(1);
        slowDns.complete(MailDomainStatus.RECEIVES_MAIL);
        assertThat(signals.toCompletableFuture().join())
                .isEqualTo(new ProviderSignals(MailDomainStatus.RECEIVES_MAIL, DATA_CENTRE_IN_US));
    }

    @Test
    void theEngineWeighsADomainWithoutMailHostUnderTheDefaultPolicy() {
        ScoringEngine engine = new ScoringEngine(Policy.defaultPolicy(), OrderNormalizer.bundled(),
                new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8)),
                new InMemoryVelocityStore(Duration.ofHours(24)), DisposableEmailDomains.bundled());

        Assessment assessment = engine.assess("shop-tokyo-tea", SampleOrders.order().email("taro@yamada-shoji.jp").build(),
                new ProviderSignals(MailDomainStatus.NO_MAIL_HOST, IpNetwork.UNKNOWN));

        assertThat(assessment.reasons()).extracting(Reason::code, Reason::weight)
                .containsExactly(tuple("EMAIL_DOMAIN_NO_MAIL_HOST", 40));
        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(engine.assess("shop-tokyo-tea", SampleOrders.order().email("taro@yamada-shoji.jp").build()).reasons())
                .as("nothing looked up").isEmpty();
    }

    @Test
    void theEngineWeighsAnAnonymousNetworkAndADatabaseCountryUnderTheDefaultPolicy() {
        ScoringEngine engine = new ScoringEngine(Policy.defaultPolicy(), OrderNormalizer.bundled(),
                new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8)),
                new InMemoryVelocityStore(Duration.ofHours(24)), DisposableEmailDomains.bundled());
        var order = SampleOrders.order().device(HOSTED).build();
        ProviderSignals signals = new ProviderSignals(MailDomainStatus.UNKNOWN, DATA_CENTRE_IN_US);

        Assessment assessment = engine.assess("shop-tokyo-tea", order, signals);

        assertThat(assessment.reasons()).extracting(Reason::code, Reason::weight)
                .containsExactly(tuple("DEVICE_IP_ANONYMOUS_NETWORK", 30), tuple("DEVICE_IP_OVERSEAS", 25));
        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(engine.assess("shop-tokyo-tea", order, signals)).as("same order, policy, state and answers")
                .usingRecursiveComparison().isEqualTo(assessment);
    }
}
