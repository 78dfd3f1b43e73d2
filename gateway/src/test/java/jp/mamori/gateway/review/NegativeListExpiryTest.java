package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A listing may end: {@code listed_until} on a confirmed fraud or a clerk's NG. Orders placed before that
 * time match, orders placed after it do not, and a restart keeps the end.
 */
class NegativeListExpiryTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static boolean matchesNegativeList(Merchant merchant, String order) {
        String answer = merchant.screen(order);
        return JsonPath.read(answer, "$.reasons[*].code").toString().contains("NEGATIVE_LIST_MATCH");
    }

    @Test
    void aListingWithAnEndMatchesOrdersPlacedBeforeItAndNoneAfterAlsoAfterARestart() {
        Merchant tea = Merchant.create(shared.get(), "宇治 茶舗");
        Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant until = reported.plus(Duration.ofMinutes(3));
        String screening = tea.screen(Buyer.KOBAYASHI.order("UJ-1", reported), "OK");

        tea.feedback(screening, "{\"type\": \"fraud_confirmed\", \"listed_until\": \"" + until + "\"}").expectStatus().isCreated();

        Merchant sweets = Merchant.create(shared.get(), "鎌倉 菓子");
        assertThat(matchesNegativeList(sweets, Buyer.KOBAYASHI.order("KM-1", reported.plusSeconds(60)))).isTrue();
        assertThat(matchesNegativeList(sweets, Buyer.KOBAYASHI.order("KM-2", until.plusSeconds(20)))).isFalse();

        shared.restart();
        Merchant kyoto = Merchant.create(shared.get(), "京都 漬物");

        assertThat(matchesNegativeList(kyoto, Buyer.KOBAYASHI.order("KY-1", reported.plusSeconds(90)))).isTrue();
        assertThat(matchesNegativeList(kyoto, Buyer.KOBAYASHI.order("KY-2", until.plusSeconds(20)))).isFalse();
    }

    @Test
    void aClerksNgCanEndToo() {
        Merchant tea = Merchant.create(shared.get(), "狭山 茶園");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String screening = tea.screen(Buyer.ITO.order("SY-1", now), "OK");

        tea.review(screening, "{\"resolution\": \"NG\", \"listed_until\": \"" + now.plus(Duration.ofMinutes(2)) + "\"}")
                .expectStatus().isCreated();

        Merchant other = Merchant.create(shared.get(), "博多 明太");
        assertThat(matchesNegativeList(other, Buyer.ITO.order("HK-1", now.plusSeconds(30)))).isTrue();
        assertThat(matchesNegativeList(other, Buyer.ITO.order("HK-2", now.plus(Duration.ofMinutes(3))))).isFalse();
    }

    @Test
    void anEndThatIsPastOrOnAVerdictThatListsNothingIsRefusedNamingTheField() {
        Merchant tea = Merchant.create(shared.get(), "八女 茶舗");
        String screening = tea.screen(Buyer.WATANABE.order("YM-1"), "OK");
        String past = Instant.now().minus(Duration.ofMinutes(1)).toString();
        String future = Instant.now().plus(Duration.ofDays(30)).toString();

        for (String body : new String[] {
                "{\"type\": \"chargeback\", \"listed_until\": \"" + past + "\"}",
                "{\"type\": \"chargeback\", \"listed_until\": \"2027-01-01 00:00\"}",
                "{\"type\": \"chargeback\", \"listed_until\": 20270101}",
                "{\"type\": \"legit_confirmed\", \"listed_until\": \"" + future + "\"}"}) {
            tea.feedback(screening, body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("listed_until");
        }
        tea.review(screening, "{\"resolution\": \"OK\", \"listed_until\": \"" + future + "\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("listed_until");
    }
}
