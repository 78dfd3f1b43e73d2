package jp.mamori.engine;


/**
 * Every reason a screening can give, with its stable code and what it means to a shop clerk in
 * English and Japanese. Messages take the finding's details as {@link String#format} arguments.
 * Codes never change meaning once published; weights live in the policy, not here.
 */
public enum ReasonCode {
    EMAIL_INVALID_SYNTAX(
            "The email address cannot receive mail: its format is invalid.",
            "メールアドレスの形式が正しくないため、メールを受け取れません。"),
    EMAIL_DISPOSABLE_DOMAIN(
            "The email address belongs to a disposable email service (%s).",
            "使い捨てメールアドレスのサービス（%s）のアドレスです。"),
    EMAIL_DOMAIN_TYPO(
            "The email domain %s looks like a typo of %s: the shop's mail may not reach the buyer.",
            "メールアドレスのドメイン（%s）は%sの入力ミスと思われます。お店からのメールが届かない可能性があります。"),
    EMAIL_DOMAIN_NO_MAIL_HOST(
            "The email domain %s has no mail server in DNS (no MX or address record): mail to the buyer cannot arrive.",
            "メールアドレスのドメイン（%s）にはDNS上にメールサーバー（MXレコード・Aレコード）がなく、メールが届きません。"),
    EMAIL_ALIAS(
            "The email address uses a plus alias (name+tag@), which lets one mailbox pass as many buyers.",
            "メールアドレスに「+」付きの別名（name+tag@）が使われています。1つのメールボックスで別人を装えます。"),
    EMAIL_RANDOM_LOCAL_PART(
            "The part of the email address before the @ looks machine-generated rather than chosen by a person.",
            "メールアドレスの@より前が、人が決めたものではなく機械的に作られた文字列のようです。"),
    EMAIL_FREE_MAIL_HIGH_AMOUNT(
            "A free webmail address (%s) is used for an order of %d yen or more.",
            "フリーメールアドレス（%s）で%d円以上の注文です。"),
    EMAIL_FOREIGN_WEBMAIL(
            "The buyer's name is Japanese, but the mailbox is at a webmail service for people of another country (%s).",
            "注文者は日本人の氏名ですが、メールアドレスが海外の利用者向けのフリーメール（%s）です。"),
    ADDRESS_POSTAL_CODE_MISMATCH(
            "The postal code belongs to a different area than the address (%s).",
            "%sの郵便番号が住所の地域と一致しません。"),
    ADDRESS_BLOCK_MISSING(
            "No block or house number (chome, banchi, go) in the address (%s): incomplete or made up.",
            "%sに丁目・番地・号がありません。住所が不完全か、架空の可能性があります。"),
    ADDRESS_POST_OFFICE_HOLD(
            "To be held at a post office for pickup (%s): nobody has to be found at a home.",
            "%sが郵便局留めです。自宅で受け取る必要がありません。"),
    ADDRESS_CARRIER_OFFICE_HOLD(
            "To be held at a delivery company's office for pickup (%s): nobody has to be found at a home.",
            "%sが運送会社の営業所止めです。自宅で受け取る必要がありません。"),
    ADDRESS_HOTEL(
            "A hotel or inn, where nobody lives, is given as an address (%s).",
            "%sがホテル・旅館です。住所として居住実態がありません。"),
    ADDRESS_SHORT_STAY_MANSION(
            "A weekly or monthly mansion is given as an address (%s): a short stay, gone before a chargeback arrives.",
            "%sがウィークリー・マンスリーマンションです。短期滞在のため、後から連絡がつかない可能性があります。"),
    ADDRESS_PO_BOX(
            "A post office box is given as an address (%s).",
            "%sが私書箱です。"),
    ADDRESS_FORWARDING_SERVICE(
            "%s is a known warehouse of a parcel forwarding service: the goods will leave Japan, beyond reach of a chargeback dispute.",
            "%sは海外転送サービスの倉庫として登録されている住所です。商品は国外へ転送され、チャージバック時に追跡できません。"),
    ADDRESS_FORWARDING_CODE(
            "%s carries a customer code of the kind parcel forwarding services give their members (#ABC12345, JP-123456): the goods may leave Japan.",
            "%sに海外転送サービスが会員に割り当てる形式の会員コード（#ABC12345、JP-123456など）があります。商品が国外へ転送される可能性があります。"),
    SHIPPING_OVERSEAS(
            "The order ships abroad (%s) from a shop that sells in Japan.",
            "国内向けのお店ですが、海外（%s）への配送です。"),
    PHONE_INVALID(
            "The phone number is not a valid number (%s).",
            "%sが実在しない形式の番号です。"),
    PHONE_DUMMY(
            "The phone number looks made up to get past the form, like 090-1234-5678 (%s).",
            "%sがフォームを通すためのダミー番号のようです（090-1234-5678など）。"),
    PHONE_IP_NEW_CUSTOMER(
            "A first-time customer gave a 050 IP phone number, which is cheap to get and easy to give up.",
            "初めてのお客様が050のIP電話番号を使っています。IP電話番号は簡単に取得・解約できます。"),
    NAME_FURIGANA_MISMATCH(
            "The furigana is not a reading of the buyer's name: a made-up identity or a name copied from elsewhere.",
            "フリガナが注文者の氏名の読み方と一致しません。架空の名義か、他人の氏名を写した可能性があります。"),
    DEVICE_IP_OVERSEAS(
            "The order was placed from an IP address in another country (%s), but the buyer's address is domestic.",
            "注文者の住所は国内ですが、海外（%s）のIPアドレスから注文されています。"),
    DEVICE_IP_ANONYMOUS_NETWORK(
            "The order came through %s, a network that hides who and where the buyer is.",
            "%s経由の注文です。注文者の身元や接続元を隠すことができるネットワークです。"),
    DEVICE_LOCALE_MISMATCH(
            "The browser's language (%s) and time zone (%s) do not fit a buyer in Japan.",
            "ブラウザの言語（%s）とタイムゾーン（%s）が国内のお客様らしくありません。"),
    DEVICE_LANGUAGE_NAME_MISMATCH(
            "The buyer's name is Japanese, but the browser accepts no Japanese (%s): someone abroad may be using a Japanese identity.",
            "注文者は日本人の氏名ですが、ブラウザの言語（%s）に日本語が含まれていません。海外から日本人の名義を使っている可能性があります。"),
    DEVICE_TIMEZONE_IP_MISMATCH(
            "The browser's clock is set to a time zone outside Japan (%s), yet the order came from a Japanese IP address: a proxy or VPN may hide where the buyer is.",
            "ブラウザのタイムゾーンは海外（%s）ですが、日本のIPアドレスから注文されています。プロキシやVPNで実際の接続元を隠している可能性があります。"),
    PAYMENT_ISSUER_COUNTRY_MISMATCH(
            "The card was issued in %s but the order ships to %s.",
            "カードの発行国（%s）と配送先の国（%s）が異なります。"),
    PAYMENT_3DS_FAILED(
            "3-D Secure authentication failed or was refused by the card issuer (status %s).",
            "3Dセキュア（本人認証）に失敗したか、カード会社に拒否されました（結果%s）。"),
    PAYMENT_3DS_UNAVAILABLE(
            "3-D Secure authentication could not be performed (status %s).",
            "3Dセキュア（本人認証）を実施できませんでした（結果%s）。"),
    PAYMENT_CVC_MISMATCH(
            "The card issuer says the security code (CVC) entered is not the card's: someone may have the card number without the card.",
            "カード会社の判定で、入力されたセキュリティコード（CVC）がカードのものと一致しません。カード番号だけを入手した第三者の可能性があります。"),
    PAYMENT_AVS_MISMATCH(
            "The card issuer says the billing address does not match the one it has on file for the card (AVS).",
            "カード会社の判定で、請求先住所がカードの登録住所と一致しません（AVS）。"),
    PAYMENT_LATER_THROWAWAY_CONTACT(
            "A first-time customer pays on or after delivery (%s) and gave %s: if the payment never comes, there may be nobody to reach.",
            "初めてのお客様が商品到着時・到着後のお支払い（%s）で、%sを使っています。代金が支払われなかった場合、連絡がつかない可能性があります。"),
    VELOCITY_EMAIL_1H(
            "%d orders with this email address within one hour (limit %d).",
            "同じメールアドレスで1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_EMAIL_24H(
            "%d orders with this email address within 24 hours (limit %d).",
            "同じメールアドレスで24時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_PHONE_1H(
            "%d orders with this phone number within one hour (limit %d).",
            "同じ電話番号で1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_PHONE_24H(
            "%d orders with this phone number within 24 hours (limit %d).",
            "同じ電話番号で24時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_ADDRESS_1H(
            "%d orders with this address within one hour (limit %d).",
            "同じ住所で1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_ADDRESS_24H(
            "%d orders with this address within 24 hours (limit %d).",
            "同じ住所で24時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_CARD_1H(
            "%d orders with this card within one hour (limit %d).",
            "同じカードで1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_CARD_24H(
            "%d orders with this card within 24 hours (limit %d).",
            "同じカードで24時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_DEVICE_1H(
            "%d orders with this device within one hour (limit %d).",
            "同じ端末で1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_DEVICE_24H(
            "%d orders with this device within 24 hours (limit %d).",
            "同じ端末で24時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_IP_1H(
            "%d orders with this IP address within one hour (limit %d).",
            "同じIPアドレスで1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_IP_24H(
            "%d orders with this IP address within 24 hours (limit %d).",
            "同じIPアドレスで24時間以内に%d件の注文があります（上限%d件）。"),
    CARD_TESTING_DISTINCT_CARDS_DEVICE(
            "%d different cards used from this device within one hour (limit %d): cards being tested.",
            "同じ端末から1時間以内に%d枚の異なるカードが使われています（上限%d枚）。カード番号の不正な試し打ちの疑いがあります。"),
    CARD_TESTING_DISTINCT_CARDS_IP(
            "%d different cards used from this IP address within one hour (limit %d): cards being tested.",
            "同じIPアドレスから1時間以内に%d枚の異なるカードが使われています（上限%d枚）。カード番号の不正な試し打ちの疑いがあります。"),
    CARD_TESTING_SEQUENTIAL_LAST4(
            "%d cards of one BIN (%s) with nearby last four digits were tried from this %s within %d minutes (limit %d): card numbers being generated and tested.",
            "%d枚の同じBIN（%s）で下4桁が近いカードが、同じ%sから%d分以内に使われています（上限%d枚）。カード番号を機械的に生成して試す「クレジットマスター」の疑いがあります。"),
    CARD_TESTING_SMALL_AMOUNTS(
            "%d small orders (%d yen or less) paid with %d different cards from this %s within %d minutes: cards being tested with cheap purchases.",
            "%d件の少額注文（%d円以下）が%d枚の異なるカードで、同じ%sから%d分以内に行われています。少額の買い物でカードが使えるか試している疑いがあります。"),
    CARD_TESTING_DECLINES(
            "%d card payments were declined for this order's %s within %d minutes (limit %d): cards being tested.",
            "%d件のカード決済が、この注文の%sで%d分以内に拒否されています（上限%d件）。カード番号の不正な試し打ちの疑いがあります。"),
    ADDRESS_MANY_NAMES(
            "%d different names ordered to this address recently (limit %d): one address collecting orders under many identities.",
            "同じ住所宛てに、最近%d通りの異なる氏名で注文があります（上限%d件）。一つの住所で多数の名義を使い分けている疑いがあります。"),
    PHONE_MANY_NAMES(
            "%d different names (by reading) gave this phone number recently (limit %d): one person posing as many.",
            "同じ電話番号で、最近%d通りの異なる氏名（読み）が使われています（上限%d件）。一人が多数の名義を装っている疑いがあります。"),
    DEVICE_MANY_IDENTITIES(
            "%d different email addresses were used from this device recently (limit %d): one device behind many buyers.",
            "同じ端末から、最近%d件の異なるメールアドレスが使われています（上限%d件）。一台の端末で多数の購入者を装っている疑いがあります。"),
    FIRST_PURCHASE_ONLY_REPEAT_PERSON(
            "%s is sold once per customer, and this shop already sold it to the same person under another email, name or account (same %s).",
            "%sはお一人様一回限りの商品ですが、同じ人物（%sが一致）が別のメールアドレス・氏名・アカウントで既に購入しています。"),
    FIRST_PURCHASE_ONLY_REPEAT_ADDRESS(
            "%s is sold once per customer, and this shop already sent it to this address for another buyer.",
            "%sはお一人様一回限りの商品ですが、同じ住所宛てに別のお客様名義で既に購入されています。"),
    FIRST_PURCHASE_ONLY_REPEAT_DEVICE(
            "%s is sold once per customer, and it was already bought at this shop from this device under another buyer's details.",
            "%sはお一人様一回限りの商品ですが、同じ端末から別のお客様名義で既に購入されています。"),
    FIRST_PURCHASE_ONLY_RESALE_RING(
            "%s, sold once per customer, was already bought %d times at this shop by buyers linked to this order: bought up for resale.",
            "お一人様一回限りの%sが、この注文とつながりのあるお客様によって既に%d回購入されています。転売目的の買い回りの疑いがあります。"),
    AFFILIATE_SELF_REFERRAL(
            "The order came through affiliate %s, whose own %s matches this buyer's: the affiliate is buying through their own link.",
            "アフィリエイト（%s）経由の注文ですが、そのアフィリエイト本人の%sが注文者と一致します。本人による自己購入の疑いがあります。"),
    AFFILIATE_NEW_BUYER_BURST(
            "%d new buyers came through affiliate %s with this order's %s within %s (limit %d): one person posing as many new customers.",
            "%d人の新規のお客様が、アフィリエイト（%s）経由で同じ%sから%s以内に注文しています（上限%d人）。一人が多数の新規客を装っている疑いがあります。"),
    NEGATIVE_LIST_MATCH(
            "The shared list of confirmed fraud holds this order's %s.",
            "%sが、不正が確認された共有ネガティブリストに登録されています。"),
    ALLOW_LIST_CUSTOMER(
            "Customer %s is on the shop's allow list: the score does not hold the order, only a hard rule (such as a negative list match) can.",
            "お客様（%s）はお店の許可リストに登録されています。スコアでは保留せず、ネガティブリスト一致などの必須ルールのみで判定します。"),
    PAYMENT_METHOD_NOT_SCREENED(
            "Not screened: the order is paid by %s, and the shop's policy screens only %s.",
            "審査対象外です。支払方法（%s）は、お店のポリシーで審査する支払方法（%s）に含まれていません。");

    private final String message;
    private final String messageJa;

    ReasonCode(String message, String messageJa) {
        this.message = message;
        this.messageJa = messageJa;
    }

    /** The English message before its details are filled in ({@code %s}, {@code %d}): what docs/reason-codes.md shows. */
    public String messageTemplate() {
        return message;
    }

    /** The Japanese message before its details are filled in. */
    public String messageTemplateJa() {
        return messageJa;
    }

    public String message(Object... details) {
        return MessageTemplate.fill(message, wordings(details, false));
    }

    public String messageJa(Object... details) {
        return MessageTemplate.fill(messageJa, wordings(details, true));
    }

    /** The details with every {@link Term} in the message's language. */
    private static Object[] wordings(Object[] details, boolean japanese) {
        Object[] filled = details.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Term term) {
                filled[i] = japanese ? term.ja() : term.en();
            }
        }
        return filled;
    }
}
