package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IpIntelligence;
import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.MailHostLookup;
import jp.mamori.engine.ProviderLookups;
import jp.mamori.engine.ProviderSignals;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.normalize.OrderNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailDomainWithoutMailHostCheckTest {

    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();

    /** DNS as an in-memory table; a domain it does not hold went unanswered. */
    private static final MailHostLookup DNS = domain -> CompletableFuture.completedFuture(Map.of(
            "gmail.com", MailDomainStatus.RECEIVES_MAIL,
            "docomo.ne.jp", MailDomainStatus.RECEIVES_MAIL,
            "yamada-shoji.jp", MailDomainStatus.NO_MAIL_HOST,
            "example.com", MailDomainStatus.NO_MAIL_HOST).getOrDefault(domain, MailDomainStatus.UNKNOWN));

    private final EmailDomainWithoutMailHostCheck check = new EmailDomainWithoutMailHostCheck();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "taro@yamada-shoji.jp, yamada-shoji.jp",
            "Taro.Yamada@Yamada-Shoji.JP, yamada-shoji.jp",  // domains are case-insensitive
            "info@example.com, example.com",                 // the domain reserved for examples has a null MX
            "taroyamada@gmail.com, none",
            "hanako.sato@docomo.ne.jp, none",
            "taro@unanswered.jp, none",                      // a look-up too slow says nothing
            "taro@, none",                                   // no domain to look up: the syntax check's business
    })
    void notesADomainThatCannotReceiveMail(String email, String domain) {
        List<Finding> findings = inspect(SampleOrders.order().email(email).build());

        if (domain == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly(Finding.of(ReasonCode.EMAIL_DOMAIN_NO_MAIL_HOST, domain));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"taro@yamada-shoji.jp"})
    void saysNothingWhenTheLookUpIsSwitchedOff(String email) {
        ScreeningRequest request = SampleOrders.order().email(email).build();
        ProviderSignals off = ProviderLookups.OFF.gather(request).toCompletableFuture().join();

        assertThat(off).isEqualTo(ProviderSignals.NONE);
        assertThat(findings(request, off)).isEmpty();
    }

    private List<Finding> inspect(ScreeningRequest request) {
        return findings(request, new ProviderLookups(DNS, IpIntelligence.OFF).gather(request).toCompletableFuture().join());
    }

    private List<Finding> findings(ScreeningRequest request, ProviderSignals providers) {
        Evidence evidence = new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), Set.of(), List.of(),
                CardTestingSignals.NONE, AffiliateSignals.NONE, providers);
        List<Finding> findings = new ArrayList<>();
        check.inspect(evidence, findings::add);
        return findings;
    }
}
