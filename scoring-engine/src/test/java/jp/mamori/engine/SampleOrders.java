package jp.mamori.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jp.mamori.connector.Address;
import jp.mamori.connector.Affiliate;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.Item;
import jp.mamori.connector.Money;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.connector.ThreeDs;

/**
 * Real-looking Japanese orders for tests: a tea-and-sweets shop whose buyers live in Tokyo and Osaka
 * and pay by card or at a convenience store. {@link #order()} is an ordinary, clean order of
 * 山田 太郎 placed at noon JST; tests change only what they are about.
 */
public final class SampleOrders {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** 2026-11-25 12:00 JST, the moment most test orders are placed. */
    public static final Instant NOON_JST = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, TOKYO).toInstant();

    public static final PersonName YAMADA_TARO = new PersonName("山田", "太郎", "ヤマダ", "タロウ");
    public static final PersonName SATO_HANAKO = new PersonName("佐藤", "花子", "サトウ", "ハナコ");
    public static final PersonName SUZUKI_ICHIRO = new PersonName("鈴木", "一郎", "スズキ", "イチロウ");

    public static final Buyer TARO = new Buyer(YAMADA_TARO, "taroyamada@gmail.com", "090-3817-2046", "C-100231", false);
    public static final Buyer HANAKO = new Buyer(SATO_HANAKO, "hanako.sato@docomo.ne.jp", "080-4172-9365", "C-100518", true);
    public static final Buyer ICHIRO = new Buyer(SUZUKI_ICHIRO, "ichiro_suzuki@yahoo.co.jp", "070-5821-3390", null, true);

    public static final Address SHIBUYA = new Address("JP", "150-0041", "東京都", "渋谷区", "神南1-2-3", "メゾン神南405");
    public static final Address UMEDA = new Address("JP", "530-0001", "大阪府", "大阪市北区", "梅田3丁目1-1", null);

    public static final Item SENCHA = new Item("TEA-SENCHA-100", "静岡県産 深蒸し煎茶 100g", 2, new BigDecimal("1620"), false);
    /** Sold once per customer (お一人様一回限り): the shop's trial offer. */
    public static final Item TRIAL_SET = new Item("TRIAL-SENCHA-01", "初回限定 深蒸し煎茶お試しセット", 1, new BigDecimal("500"), true);
    public static final Item YOKAN = new Item("WAGASHI-YOKAN-5", "本練り羊羹 5本入", 1, new BigDecimal("3240"), false);

    public static final Device IPHONE_IN_TOKYO = new Device("203.0.113.24", "JP",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_5f2d9a1e7c");

    private SampleOrders() {
    }

    /** An ordinary order: 山田 太郎, taroyamada@gmail.com, shipped to 渋谷区, ¥6,480 by JCB card, no 3-D Secure yet. */
    public static Builder order() {
        return new Builder();
    }

    /** A JCB card as the PSP shows it, not yet 3-D Secure authenticated. */
    public static Payment card() {
        return new Payment("card", new Card("356999", "4321", "fp_9c1e2b7d4a", "JP"), null);
    }

    /** A card payment after 3-D Secure with this {@code trans_status} (Y, A, N, U, C, R, …). */
    public static Payment card(String transStatus) {
        return new Payment("card", new Card("356999", "4321", "fp_9c1e2b7d4a", "JP"), new ThreeDs(transStatus, null));
    }

    /** Paid at a convenience store (コンビニ決済): no card. */
    public static Payment konbini() {
        return new Payment("konbini", null, null);
    }

    public static final class Builder {
        private String orderId = "ORD-20261125-0001";
        private Instant orderedAt = NOON_JST;
        private long yen = 6480;
        private Buyer buyer = TARO;
        private Address billing = SHIBUYA;
        private List<Item> items = List.of(SENCHA, YOKAN);
        private Payment payment = card();
        private Device device = IPHONE_IN_TOKYO;
        private List<Shipment> shipping;
        private Affiliate affiliate;

        private Builder() {
        }

        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder orderedAt(Instant orderedAt) {
            this.orderedAt = orderedAt;
            return this;
        }

        public Builder yen(long yen) {
            this.yen = yen;
            return this;
        }

        public Builder buyer(Buyer buyer) {
            this.buyer = buyer;
            return this;
        }

        public Builder noBuyer() {
            this.buyer = null;
            return this;
        }

        /** The current buyer, with this email address as typed ({@code null} for none). */
        public Builder email(String email) {
            Buyer current = buyer == null ? TARO : buyer;
            this.buyer = new Buyer(current.name(), email, current.phone(), current.customerId(), current.isNewCustomer());
            return this;
        }

        /** The current buyer with this name (and furigana). */
        public Builder name(PersonName name) {
            Buyer current = buyer == null ? TARO : buyer;
            this.buyer = new Buyer(name, current.email(), current.phone(), current.customerId(), current.isNewCustomer());
            return this;
        }

        /** The current buyer with this phone number as typed. */
        public Builder phone(String phone) {
            Buyer current = buyer == null ? TARO : buyer;
            this.buyer = new Buyer(current.name(), current.email(), phone, current.customerId(), current.isNewCustomer());
            return this;
        }

        /** The current buyer, first-time ({@code true}), returning ({@code false}) or unknown ({@code null}). */
        public Builder newCustomer(Boolean isNew) {
            Buyer current = buyer == null ? TARO : buyer;
            this.buyer = new Buyer(current.name(), current.email(), current.phone(), current.customerId(), isNew);
            return this;
        }

        /** Ships to these destinations instead of to the buyer at the billing address. */
        public Builder shipping(Shipment... shipping) {
            this.shipping = List.of(shipping);
            return this;
        }

        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        public Builder billing(Address billing) {
            this.billing = billing;
            return this;
        }

        public Builder items(Item... items) {
            this.items = List.of(items);
            return this;
        }

        /** Came through this affiliate's link. */
        public Builder affiliate(String affiliateId) {
            this.affiliate = new Affiliate(affiliateId);
            return this;
        }

        public Builder payment(Payment payment) {
            this.payment = payment;
            return this;
        }

        public ScreeningRequest build() {
            PersonName recipient = buyer == null ? YAMADA_TARO : buyer.name();
            String phone = buyer == null ? "090-3817-2046" : buyer.phone();
            return new ScreeningRequest(
                    orderId,
                    orderedAt,
                    new Money(BigDecimal.valueOf(yen), "JPY"),
                    buyer,
                    billing,
                    shipping != null ? shipping : List.of(new Shipment(recipient, phone, billing)),
                    items,
                    payment,
                    device,
                    affiliate);
        }
    }
}
