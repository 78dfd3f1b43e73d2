package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A clerk's NG and a merchant's feedback feed the shared negative list: every merchant's next order
 * from the same buyer is refused; a confirmed genuine buyer lifts only the reporting merchant's listings.
 */
class NegativeListFeedbackTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    /** Screens the order and answers the codes of its reasons, checking its decision. */
    private static String reasonCodes(Merchant merchant, String order, String expectedDecision) {
        String answer = merchant.screen(order);
        assertThat((String) JsonPath.read(answer, "$.decision")).as(answer).isEqualTo(expectedDecision);
        return JsonPath.read(answer, "$.reasons[*].code").toString();
    }

    private static long listingsOf(String screeningId) {
        return shared.get().bean(DatabaseClient.class)
                .sql("SELECT COUNT(*) AS n FROM negative_list WHERE screening_id = :id")
                .bind("id", screeningId)
                .map(row -> row.get("n", Long.class))
                .one().block();
    }

    @Test
    void aClerksNgRefusesTheSameBuyersNextOrderAtAnotherMerchant() {
        Merchant tea = Merchant.create(shared.get(), "静岡 茶の間");
        Merchant sweets = Merchant.create(shared.get(), "金沢 和菓子 加賀");
        String screening = tea.screen(Buyer.SATO.order("SZ-2001"), "OK");

        tea.review(screening, "{\"resolution\": \"NG\", \"note\": \"配送先で受け取り拒否、同一人物による複数注文を確認\"}")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.screening_id").isEqualTo(screening)
                .jsonPath("$.resolution").isEqualTo("NG")
                .jsonPath("$.status").isEqualTo("resolved")
                .jsonPath("$.reviewed_at").isNotEmpty();

        String answer = sweets.screen(Buyer.SATO.order("KG-77"));
        assertThat((String) JsonPath.read(answer, "$.decision")).isEqualTo("NG");
        assertThat((String) JsonPath.read(answer, "$.reasons[0].code")).isEqualTo("NEGATIVE_LIST_MATCH");
        assertThat((String) JsonPath.read(answer, "$.reasons[0].message_ja")).contains("電話番号").contains("メールアドレス");

        tea.get("/v1/screenings/" + screening)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("OK")
                .jsonPath("$.status").isEqualTo("resolved")
                .jsonPath("$.review.resolution").isEqualTo("NG")
                .jsonPath("$.review.note").isEqualTo("配送先で受け取り拒否、同一人物による複数注文を確認")
                .jsonPath("$.feedback").isEmpty();
    }

    @Test
    void aReportListsTheBuyerFromWhenTheReportedOrderWasPlacedNotFromWhenTheReportCame() {
        Merchant tea = Merchant.create(shared.get(), "大阪 茶寮 北浜");
        Merchant sweets = Merchant.create(shared.get(), "京都 菓子司 四条");
        Buyer buyer = new Buyer("山本", "美咲", "ヤマモト", "ミサキ", "misaki.yamamoto@ezweb.ne.jp", "090-4826-1937",
                "530-0001", "大阪府", "大阪市北区", "梅田1丁目2-2");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String fraud = tea.screen(buyer.order("OS-3001", now.minus(Duration.ofHours(3))), "OK");
        tea.feedback(fraud, "{\"type\": \"fraud_confirmed\"}").expectStatus().isCreated();

        // Placed after the reported order but before the report came, screened after it: a webhook from the inbox.
        assertThat(reasonCodes(sweets, buyer.order("KY-3002", now.minus(Duration.ofHours(1))), "NG"))
                .contains("NEGATIVE_LIST_MATCH");
        // Placed before the reported order: the buyer was not known for fraud then.
        assertThat(reasonCodes(sweets, buyer.order("KY-3000", now.minus(Duration.ofHours(5))), "OK"))
                .doesNotContain("NEGATIVE_LIST_MATCH");
    }

    @Test
    void aHoldListsNothing() {
        Merchant shop = Merchant.create(shared.get(), "神戸 洋菓子 元町");
        Merchant other = Merchant.create(shared.get(), "函館 海鮮市場");
        String screening = shop.screen(Buyer.TAKAHASHI.order("KB-31"), "OK");
        shop.review(screening, "{\"resolution\": \"HOLD\"}").expectStatus().isCreated();

        assertThat(reasonCodes(other, Buyer.TAKAHASHI.order("HK-9"), "OK")).doesNotContain("NEGATIVE_LIST_MATCH");
    }

    @Test
    void legitConfirmedLiftsOnlyTheReportingMerchantsListings() {
        Merchant first = Merchant.create(shared.get(), "大阪 たこ焼き道具店");
        Merchant second = Merchant.create(shared.get(), "広島 もみじ堂");
        Merchant third = Merchant.create(shared.get(), "仙台 牛たん屋");
        String byFirst = first.screen(Buyer.TANAKA.order("OS-501"), "OK");
        first.feedback(byFirst, "{\"type\": \"chargeback\", \"note\": \"カード会社よりチャージバック通知\"}").expectStatus().isCreated();
        String bySecond = second.screen(Buyer.TANAKA.order("HR-88"), "NG");
        second.feedback(bySecond, "{\"type\": \"fraud_confirmed\"}").expectStatus().isCreated();

        first.feedback(byFirst, "{\"type\": \"legit_confirmed\", \"note\": \"ご家族のカード利用と判明\"}")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.type").isEqualTo("legit_confirmed");
        assertThat(listingsOf(byFirst)).isZero();
        assertThat(reasonCodes(third, Buyer.TANAKA.order("SD-12"), "NG")).contains("NEGATIVE_LIST_MATCH");

        second.feedback(bySecond, "{\"type\": \"legit_confirmed\"}").expectStatus().isCreated();
        assertThat(reasonCodes(third, Buyer.TANAKA.order("SD-13"), "OK")).doesNotContain("NEGATIVE_LIST_MATCH");
    }

    @Test
    void sendingTheSameFeedbackAgainChangesNothing() {
        Merchant shop = Merchant.create(shared.get(), "鹿児島 黒豚直送");
        String screening = shop.screen(Buyer.KOBAYASHI.order("KS-404"), "OK");
        String firstTime = new String(shop.feedback(screening, "{\"type\": \"chargeback\", \"note\": \"不正利用の申し立て\"}")
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        long listed = listingsOf(screening);
        assertThat(listed).isPositive();

        shop.feedback(screening, "{\"type\": \"chargeback\", \"note\": \"再送\"}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.note").isEqualTo("不正利用の申し立て")
                .jsonPath("$.received_at").isEqualTo(JsonPath.read(firstTime, "$.received_at"));
        assertThat(listingsOf(screening)).isEqualTo(listed);

        shop.get("/v1/screenings/" + screening)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.feedback.length()").isEqualTo(1)
                .jsonPath("$.feedback[0].type").isEqualTo("chargeback")
                .jsonPath("$.status").isEqualTo("open");
    }
}
