package jp.mamori.eccube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.Address;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Item;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import org.junit.jupiter.api.Test;

class EcCubeOrderTranslatorTest {

    private final EcCubeOrderTranslator translator = new EcCubeOrderTranslator(
            Clock.fixed(Instant.parse("2026-05-17T00:00:00Z"), ZoneOffset.UTC));
    private final ScreeningFilter filter = new ScreeningFilter(ScreeningFilter.DEFAULT_STATUSES);

    @Test
    void aTokyoCardOrderOfARepeatBuyer() {
        EcCubeOrder order = translator.translate(EcCubeFixtures.order(EcCubeFixtures.TOKYO_CARD));
        ScreeningRequest request = order.request();

        assertThat(order.id()).isEqualTo(1087);
        assertThat(order.statusId()).isEqualTo(1);
        assertThat(request.orderId()).isEqualTo("eccube-1087");
        assertThat(request.orderedAt()).isEqualTo(Instant.parse("2026-05-14T12:04:05Z"));
        assertThat(request.amount().value()).isEqualByComparingTo("13950");
        assertThat(request.amount().currency()).isEqualTo("JPY");
        assertThat(request.buyer().name()).isEqualTo(new PersonName("山田", "太郎", "ヤマダ", "タロウ"));
        assertThat(request.buyer().email()).isEqualTo("taro.yamada@example.ne.jp");
        assertThat(request.buyer().phone()).isEqualTo("09031415926");
        assertThat(request.buyer().customerId()).isEqualTo("451");
        assertThat(request.buyer().isNewCustomer()).isFalse();
        assertThat(request.billingAddress())
                .isEqualTo(new Address("JP", "1500001", "東京都", "渋谷区", "神宮前", "1-2-3 表参道ハイツ101"));
        assertThat(request.shipping()).singleElement().satisfies(shipment -> {
            assertThat(shipment.name().family()).isEqualTo("山田");
            assertThat(shipment.address().locality()).isEqualTo("渋谷区");
        });
        assertThat(request.items()).containsExactly(
                new Item("TEA-UJI-100", "宇治抹茶 100g", 2, new BigDecimal("5819"), false));
        assertThat(request.payment().method()).isEqualTo("クレジットカード決済");
        assertThat(filter.decide(order, null)).isEqualTo(ScreeningFilter.Verdict.SCREEN);
    }

    @Test
    void anOsakaBankTransferPaidOnAMembersFirstOrder() {
        EcCubeOrder order = translator.translate(EcCubeFixtures.order(EcCubeFixtures.OSAKA_BANK_TRANSFER_PAID));
        ScreeningRequest request = order.request();

        assertThat(order.statusId()).isEqualTo(6);
        assertThat(request.billingAddress().locality()).isEqualTo("大阪市北区");
        assertThat(request.billingAddress().line1()).isEqualTo("梅田");
        assertThat(request.billingAddress().line2()).isEqualTo("3丁目1-1 梅田タワー2805");
        // first_buy_date is this very checkout, stamped a second after its order_date.
        assertThat(request.buyer().isNewCustomer()).isTrue();
        assertThat(request.items()).extracting(Item::sku).containsExactly("KNIFE-SAKAI-210");
        assertThat(request.payment().method()).isEqualTo("銀行振込");
        assertThat(filter.decide(order, null)).isEqualTo(ScreeningFilter.Verdict.SCREEN);
    }

    @Test
    void aFirstOrderStaysAFirstOrderAfterTheMemberBuysAgain() {
        EcCubeOrder screened = translator.translate(EcCubeFixtures.order(EcCubeFixtures.OSAKA_BANK_TRANSFER_PAID));
        EcCubeOrder afterSecondOrder = translator.translate(EcCubeFixtures.withField(EcCubeFixtures.OSAKA_BANK_TRANSFER_PAID,
                "Customer", Map.of("id", "612", "buy_times", 2, "first_buy_date", "2026-05-15T09:30:01+09:00")));

        assertThat(afterSecondOrder.request().buyer().isNewCustomer()).isTrue();
        // Nothing screening reads has changed, so the first order is not screened again when it is next updated.
        assertThat(filter.decide(afterSecondOrder, screened.content().fingerprint())).isEqualTo(ScreeningFilter.Verdict.SKIP_UNCHANGED);
    }

    @Test
    void aMemberWithoutAFirstPurchaseDateIsNewUntilTheirSecondOrder() {
        ScreeningRequest first = translator.translate(EcCubeFixtures.withField(EcCubeFixtures.TOKYO_CARD, "Customer",
                Map.of("id", "451", "buy_times", 1))).request();
        ScreeningRequest second = translator.translate(EcCubeFixtures.withField(EcCubeFixtures.TOKYO_CARD, "Customer",
                Map.of("id", "451", "buy_times", 2))).request();

        assertThat(first.buyer().isNewCustomer()).isTrue();
        assertThat(second.buyer().isNewCustomer()).isFalse();
        assertThatThrownBy(() -> translator.translate(EcCubeFixtures.withField(EcCubeFixtures.TOKYO_CARD, "Customer",
                Map.of("id", "451", "buy_times", 1, "first_buy_date", "2025/11/02 20:15"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("Customer.first_buy_date"));
    }

    @Test
    void aGuestOrderShippedAsAGiftToHokkaido() {
        ScreeningRequest request = translator.translate(EcCubeFixtures.order(EcCubeFixtures.GUEST_HOKKAIDO_GIFT)).request();

        assertThat(request.buyer().customerId()).isNull();
        assertThat(request.buyer().isNewCustomer()).isNull();
        assertThat(request.billingAddress().locality()).isEqualTo("横浜市中区");
        assertThat(request.shipping()).singleElement().satisfies(shipment -> {
            assertThat(shipment.name()).isEqualTo(new PersonName("鈴木", "花", "スズキ", "ハナ"));
            assertThat(shipment.phone()).isEqualTo("0136221234");
            assertThat(shipment.address())
                    .isEqualTo(new Address("JP", "0440001", "北海道", "虻田郡倶知安町", "北一条東", "2丁目5"));
        });
        assertThat(request.items()).singleElement().satisfies(item -> {
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.unitPrice()).isEqualByComparingTo("3700");
        });
    }

    @Test
    void anOrderStillInCheckoutIsNeverScreened() {
        assertThat(filter.screensStatus(ScreeningFilter.PROCESSING)).isFalse();
        assertThatThrownBy(() -> new ScreeningFilter(Set.of(1, 6, 8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> translator.translate(EcCubeFixtures.order(EcCubeFixtures.CHECKOUT_IN_PROGRESS)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("order_date"));
    }

    @Test
    void aShopMayScreenOtherStatuses() {
        EcCubeOrder paid = translator.translate(EcCubeFixtures.order(EcCubeFixtures.OSAKA_BANK_TRANSFER_PAID));
        assertThat(new ScreeningFilter(Set.of(1)).decide(paid, null)).isEqualTo(ScreeningFilter.Verdict.SKIP_STATUS);
    }

    @Test
    void theSameContentIsNotScreenedTwiceButChangedContentIs() {
        EcCubeOrder order = translator.translate(EcCubeFixtures.order(EcCubeFixtures.TOKYO_CARD));
        EcCubeOrder statusAndDateChanged = translator.translate(EcCubeFixtures.withField(
                EcCubeFixtures.TOKYO_CARD, "update_date", "2026-05-18T10:00:00+09:00"));
        EcCubeOrder amountChanged = translator.translate(EcCubeFixtures.withField(
                EcCubeFixtures.TOKYO_CARD, "payment_total", 99800));

        assertThat(filter.decide(statusAndDateChanged, order.content().fingerprint()))
                .isEqualTo(ScreeningFilter.Verdict.SKIP_UNCHANGED);
        assertThat(filter.decide(amountChanged, order.content().fingerprint()))
                .isEqualTo(ScreeningFilter.Verdict.RESCREEN);
        assertThat(amountChanged.idempotencyKey()).isNotEqualTo(order.idempotencyKey()).startsWith("eccube-1087:");
    }

    @Test
    void errorsNameEcCubesFieldsAndNeverTheirValues() {
        assertThatThrownBy(() -> translator.translate(EcCubeFixtures.withField(
                EcCubeFixtures.TOKYO_CARD, "addr02", "4111 1111 1111 1111")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
                    assertThat(e.errors()).extracting(FieldError::field).contains("addr02");
                    assertThat(e.getMessage()).doesNotContain("4111");
                });
        assertThatThrownBy(() -> translator.translate(EcCubeFixtures.withField(
                EcCubeFixtures.TOKYO_CARD, "email", "x".repeat(400) + "@example.jp")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("email"));
        assertThatThrownBy(() -> translator.translate(EcCubeFixtures.withField(
                EcCubeFixtures.TOKYO_CARD, "payment_total", "たくさん")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("payment_total"));
    }
}
