package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.connector.Decision;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** {@code GET /v1/screenings}: a merchant's review queue, newest first, paged, without what a clerk resolved. */
class ReviewQueueTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static List<String> ids(Merchant merchant, String query) {
        String page = new String(merchant.get("/v1/screenings" + query)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody());
        return JsonPath.read(page, "$.screenings[*].screening_id");
    }

    @Test
    void listsOpenReviewScreeningsNewestFirstAndDropsResolvedOnes() {
        Merchant shop = Merchant.create(shared.get(), "京都 宇治茶園");
        String first = shop.screen(Buyer.SATO.withEmail("kenji.sato@mailinator.com").order("UJI-1001"), "REVIEW");
        String genuine = shop.screen(Buyer.TANAKA.order("UJI-1002"), "OK");
        String second = shop.screen(Buyer.ITO.withEmail("d.ito@guerrillamail.com").order("UJI-1003"), "REVIEW");
        String third = shop.screen(Buyer.WATANABE.withEmail("sakura.w@yopmail.com").order("UJI-1004"), "REVIEW");

        assertThat(ids(shop, "?decision=REVIEW&status=open")).containsExactly(third, second, first);
        assertThat(ids(shop, "")).containsExactly(third, second, genuine, first);

        shop.review(second, "{\"resolution\": \"OK\", \"note\": \"ご本人に電話で確認済み\"}").expectStatus().isCreated();
        shop.review(third, "{\"resolution\": \"HOLD\", \"note\": \"折り返し待ち\"}").expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("open");

        assertThat(ids(shop, "?decision=REVIEW&status=open")).containsExactly(third, first);
        shop.get("/v1/screenings?decision=REVIEW&status=resolved")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.screenings[*].screening_id").isEqualTo(List.of(second))
                .jsonPath("$.screenings[0].queued_because").isEqualTo("decision")
                .jsonPath("$.screenings[0].status").isEqualTo("resolved")
                .jsonPath("$.screenings[0].review.resolution").isEqualTo("OK")
                .jsonPath("$.screenings[0].review.note").isEqualTo("ご本人に電話で確認済み")
                .jsonPath("$.screenings[0].reasons[0].code").isEqualTo("EMAIL_DISPOSABLE_DOMAIN");
    }

    @Test
    void pagesFollowTheCursorUntilTheLastPage() {
        Merchant shop = Merchant.create(shared.get(), "信州 そば処 松本");
        String first = shop.screen(Buyer.SATO.withEmail("sato.k@mailinator.com").order("MATSU-1"), "REVIEW");
        String second = shop.screen(Buyer.TAKAHASHI.withEmail("sho.t@yopmail.com").order("MATSU-2"), "REVIEW");
        String third = shop.screen(Buyer.KOBAYASHI.withEmail("n.kobayashi@guerrillamail.com").order("MATSU-3"), "REVIEW");

        String page = new String(shop.get("/v1/screenings?decision=REVIEW&status=open&limit=2")
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat((List<String>) JsonPath.read(page, "$.screenings[*].screening_id")).containsExactly(third, second);
        String cursor = JsonPath.read(page, "$.next_cursor");

        shop.get("/v1/screenings?decision=REVIEW&status=open&limit=2&cursor=" + cursor)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.screenings[*].screening_id").isEqualTo(List.of(first))
                .jsonPath("$.next_cursor").isEmpty();
    }

    @Test
    void aMerchantSeesOnlyItsOwnScreenings() {
        Merchant mine = Merchant.create(shared.get(), "沖縄 ちんすこう本舗");
        Merchant other = Merchant.create(shared.get(), "長崎 カステラ堂");
        String own = mine.screen(Buyer.ITO.withEmail("daisuke@mailinator.com").order("OKI-1"), "REVIEW");
        other.screen(Buyer.ITO.withEmail("daisuke@mailinator.com").order("NAG-1"), "REVIEW");

        assertThat(ids(mine, "?decision=REVIEW&status=open")).containsExactly(own);
    }

    /** A queue of a million screenings must not be sorted for every page: each query shape reads its index in order. */
    @Test
    void everyShapeOfTheQueueQueryReadsAnIndexInOrder() {
        QueueCursor after = new QueueCursor(Instant.parse("2026-11-25T12:00:00Z"), "scr_0000000000000000000000000000");
        for (QueueQuery query : List.of(
                new QueueQuery(Decision.REVIEW, ReviewStatus.OPEN, 50, null),
                new QueueQuery(Decision.REVIEW, null, 50, after),
                new QueueQuery(Decision.NG, ReviewStatus.OPEN, 50, null),
                new QueueQuery(Decision.OK, null, 50, after),
                new QueueQuery(null, null, 50, null),
                new QueueQuery(null, ReviewStatus.RESOLVED, 50, after))) {
            DatabaseClient.GenericExecuteSpec explain = ReviewRecords.bound(
                    shared.get().bean(DatabaseClient.class).sql("EXPLAIN " + ReviewRecords.pageSql(query)), "m_any", query);
            String plan = explain.map(row -> row.get(0, String.class)).one().block();

            assertThat(plan).as("plan of %s", query).contains("/* index sorted */");
        }
    }
}
