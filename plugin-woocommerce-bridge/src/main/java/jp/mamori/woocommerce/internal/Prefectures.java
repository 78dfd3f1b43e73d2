package jp.mamori.woocommerce.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WooCommerce stores a Japanese address's prefecture as {@code JP01}–{@code JP47}, the JIS X 0401
 * codes in their order from Hokkaido to Okinawa; the engine parses addresses by the prefecture's name.
 */
public final class Prefectures {

    private static final Pattern CODE = Pattern.compile("JP(\\d{2})");
    private static final List<String> NAMES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
            "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
            "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
            "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
            "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
            "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private Prefectures() {
    }

    /** The prefecture named by a WooCommerce state code, empty when {@code code} is not one of JP01–JP47. */
    public static Optional<String> byCode(String code) {
        var matcher = CODE.matcher(code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        return number >= 1 && number <= NAMES.size() ? Optional.of(NAMES.get(number - 1)) : Optional.empty();
    }

    /** Whether {@code state} has the shape of a WooCommerce Japanese state code, valid or not. */
    public static boolean looksLikeCode(String state) {
        return CODE.matcher(state).matches();
    }
}
