package jp.mamori.psp.gmopg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.InvalidRequestException;
import jp.mamori.psp.PspEvent;
import org.junit.jupiter.api.Test;

class GmoPgNotificationsTest {

    private static final String DECLINED = "ShopID=tshop00012345&ShopPass=**********&AccessID=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
            + "&AccessPass=********************************&OrderID=ord-20261120-0042&Status=UNPROCESSED&JobCd=AUTH"
            + "&Amount=12000&Tax=800&Currency=JPN&TranID=&TranDate=20261120183000&ErrCode=G02&ErrInfo=42G020000"
            + "&ClientField1=%82%A0%82%A2";

    private static Map<String, String> form(String body) {
        return GmoPgForm.decode(body.getBytes(StandardCharsets.US_ASCII), GmoPgForm.DEFAULT_CHARSET);
    }

    @Test
    void aNotificationWithAnErrorCodeIsADeclineOfTheOrder() {
        PspEvent event = GmoPgNotifications.read(form(DECLINED));

        assertThat(event).isInstanceOfSatisfying(PspEvent.Declined.class, declined -> {
            assertThat(declined.provider()).isEqualTo("gmo-pg");
            assertThat(declined.payment().orderId()).isEqualTo("ord-20261120-0042");
            assertThat(declined.payment().references()).containsExactly("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6");
            assertThat(declined.at()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
            assertThat(declined.amountMinor()).isEqualTo(12_800L);
            assertThat(declined.currency()).isEqualTo("JPY");
            assertThat(declined.declineCode()).isEqualTo("42G020000");
            assertThat(declined.card()).isNull();
        });
    }

    @Test
    void theSameNotificationSentAgainHasTheSameEventIdAndAnotherOneAnother() {
        String first = GmoPgNotifications.read(form(DECLINED)).eventId();

        assertThat(GmoPgNotifications.read(form(DECLINED)).eventId()).isEqualTo(first);
        assertThat(GmoPgNotifications.read(form(DECLINED.replace("42G020000", "42G030000"))).eventId()).isNotEqualTo(first);
        // Another attempt on the same order, refused the same way a minute later: another decline.
        assertThat(GmoPgNotifications.read(form(DECLINED.replace("20261120183000", "20261120183100"))).eventId())
                .isNotEqualTo(first);
        assertThat(first).hasSize(64);
    }

    @Test
    void aNotificationWithoutAnErrorIsIgnored() {
        PspEvent event = GmoPgNotifications.read(form("ShopID=tshop00012345&OrderID=ord-1&Status=CAPTURE&JobCd=CAPTURE"
                + "&Amount=1000&Tax=0&ErrCode=&ErrInfo="));

        assertThat(event).isInstanceOfSatisfying(PspEvent.Ignored.class, ignored -> assertThat(ignored.type()).isEqualTo("CAPTURE"));
    }

    @Test
    void aNotificationWithoutAnOrderIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> GmoPgNotifications.read(form("ShopID=tshop00012345&Status=CAPTURE")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("OrderID"));
    }

    @Test
    void theShopIdIsReadForTheAccountCheck() {
        assertThat(GmoPgNotifications.shopId(form(DECLINED))).isEqualTo("tshop00012345");
        assertThat(GmoPgNotifications.shopId(form("OrderID=x"))).isNull();
    }

    @Test
    void escapesAreBytesOfShiftJisUnlessAnotherCharsetIsNamed() {
        assertThat(form(DECLINED)).containsEntry("ClientField1", "あい");
        assertThat(GmoPgForm.decode("ClientField1=%E3%81%82&A=1&A=2&B".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8))
                .containsOnly(Map.entry("ClientField1", "あ"), Map.entry("A", "1"), Map.entry("B", ""));
        assertThat(List.copyOf(GmoPgForm.decode("b=2&a=1".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8).keySet()))
                .containsExactly("b", "a");
    }

    @Test
    void aNotificationStoredInUtf8ReadsBackAsReceivedInShiftJis() {
        Map<String, String> received = form(DECLINED);

        Map<String, String> stored = GmoPgForm.decode(GmoPgForm.encode(received).getBytes(StandardCharsets.US_ASCII),
                StandardCharsets.UTF_8);

        assertThat(stored).containsExactlyEntriesOf(received);
        assertThat(GmoPgNotifications.read(stored)).isEqualTo(GmoPgNotifications.read(received));
    }

    @Test
    void aMalformedEscapeIsRefusedNamingTheBody() {
        assertThatThrownBy(() -> form("ShopID=tshop00012345&OrderID=X%zz"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("body"));
    }
}
