package jp.mamori.bench.scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.ibm.icu.text.Transliterator;
import jp.mamori.connector.Address;
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
 * Varied, real-looking Japanese orders for the at-scale benchmark, the same for a given seed: names in
 * kanji with furigana in full-width katakana, hiragana or half-width katakana (or none), addresses in
 * thirteen cities with their real postal codes written the ways buyers write them (full-width digits,
 * 丁目/番/号, a building and room or not), mobile and landline phones in several formats, the mail
 * domains Japanese buyers use, card / konbini / bank transfer, gifts to someone in another prefecture,
 * a share of buyers on shared mobile-carrier IPs, and a few percent that look like fraud (a disposable
 * domain, an overseas device, a dummy phone). No order carries {@code ordered_at}: the benchmark sets it.
 *
 * <p>Every order is buyer {@code i}'s: its card fingerprint, cookie and customer id are unique to {@code i},
 * so the history generator can give each buyer a past under the same identity keys.
 */
public final class ScaleOrders {

    /** Shared carrier-grade NAT addresses: many buyers behind each, the hot IP keys of the history. */
    public static final List<String> CARRIER_NAT_IPS = List.of(
            "1.66.97.12", "1.72.4.200", "49.96.12.7", "49.98.160.33", "49.104.8.91", "106.128.30.5",
            "106.133.72.18", "106.154.9.140", "126.33.200.4", "126.152.18.77", "126.205.3.61", "153.156.44.2",
            "180.0.96.23", "182.251.240.9", "183.74.193.250", "210.136.125.4");

    private record Place(String postalCode, String region, String locality, String town, String phoneArea) {
    }

    private static final Place[] PLACES = {
        new Place("150-0041", "東京都", "渋谷区", "神南", "03"),
        new Place("113-0021", "東京都", "文京区", "本駒込", "03"),
        new Place("530-0001", "大阪府", "大阪市北区", "梅田", "06"),
        new Place("604-8026", "京都府", "京都市中京区", "河原町通四条上る米屋町", "075"),
        new Place("060-0003", "北海道", "札幌市中央区", "北三条西", "011"),
        new Place("980-0811", "宮城県", "仙台市青葉区", "一番町", "022"),
        new Place("460-0008", "愛知県", "名古屋市中区", "栄", "052"),
        new Place("810-0001", "福岡県", "福岡市中央区", "天神", "092"),
        new Place("220-0012", "神奈川県", "横浜市西区", "みなとみらい", "045"),
        new Place("730-0011", "広島県", "広島市中区", "基町", "082"),
        new Place("650-0021", "兵庫県", "神戸市中央区", "三宮町", "078"),
        new Place("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
        new Place("900-0015", "沖縄県", "那覇市", "久茂地", "098"),
    };

    private static final String[][] FAMILY = {
        {"山田", "ヤマダ"}, {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
        {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山本", "ヤマモト"}, {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"},
        {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"}, {"髙橋", "タカハシ"}, {"渡邊", "ワタナベ"},
    };

    private static final String[][] GIVEN = {
        {"太郎", "タロウ", "taro"}, {"花子", "ハナコ", "hanako"}, {"一郎", "イチロウ", "ichiro"},
        {"美咲", "ミサキ", "misaki"}, {"翔太", "ショウタ", "shota"}, {"陽菜", "ヒナ", "hina"},
        {"大輔", "ダイスケ", "daisuke"}, {"由美", "ユミ", "yumi"}, {"健太", "ケンタ", "kenta"},
        {"直樹", "ナオキ", "naoki"}, {"愛", "アイ", "ai"}, {"蓮", "レン", "ren"}, {"結衣", "ユイ", "yui"},
        {"拓也", "タクヤ", "takuya"}, {"さくら", "サクラ", "sakura"}, {"和也", "カズヤ", "kazuya"},
    };

    private static final String[] ROMAJI_FAMILY = {
        "yamada", "sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "nakamura", "kobayashi", "kato",
        "yoshida", "yamamoto", "matsumoto", "inoue", "kimura", "hayashi", "saito", "shimizu", "takahashi", "watanabe",
    };

    private static final String[] MAIL_DOMAINS = {
        "gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp",
        "au.com", "softbank.ne.jp", "icloud.com", "i.softbank.jp", "outlook.jp", "hotmail.co.jp", "nifty.com",
        "ybb.ne.jp", "example-corp.co.jp",
    };

    private static final String[] BUILDINGS = {"メゾン", "コーポ", "ハイツ", "レジデンス", "グランドパレス", "パークハウス"};

    private static final String[] USER_AGENTS = {
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    };

    private static final Item[] ITEMS = {
        new Item("TEA-SENCHA-100", "静岡県産 深蒸し煎茶 100g", 2, new BigDecimal("1620"), false),
        new Item("WAGASHI-YOKAN-5", "本練り羊羹 5本入", 1, new BigDecimal("3240"), false),
        new Item("TEA-UJI-100", "宇治抹茶 100g", 1, new BigDecimal("6400"), false),
        new Item("SET-TRIAL-01", "お試しセット（初回限定）", 1, new BigDecimal("980"), true),
        new Item("KITCHEN-KNIFE-21", "三徳包丁 21cm", 1, new BigDecimal("14800"), false),
        new Item("RICE-KOSHI-5K", "新潟県産コシヒカリ 5kg", 1, new BigDecimal("3980"), false),
        new Item("GIFT-CARD-10K", "ギフトカード 10,000円分", 1, new BigDecimal("10000"), false),
    };

    private static final String[] BINS = {"356999", "352800", "411111", "454742", "540000", "376000"};

    private static final Transliterator HALF_WIDTH = Transliterator.getInstance("Fullwidth-Halfwidth");

    private ScaleOrders() {
    }

    /** {@code count} orders; order {@code i} is placed by buyer {@code i}. */
    public static List<ScreeningRequest> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ScreeningRequest> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(order(i, random.split()));
        }
        return orders;
    }

    private static ScreeningRequest order(int i, SplittableRandom r) {
        boolean fraudulent = r.nextInt(100) < 3;
        String[] family = FAMILY[r.nextInt(FAMILY.length)];
        String[] given = GIVEN[r.nextInt(GIVEN.length)];
        PersonName name = name(family, given, r);
        Place home = PLACES[r.nextInt(PLACES.length)];
        Address billing = address(home, r);
        String phone = r.nextInt(10) < 8 ? mobile(r) : landline(home, r);
        String email = email(family, given, i, r, fraudulent);
        Buyer buyer = new Buyer(name, email, fraudulent && r.nextBoolean() ? "090-0000-0000" : phone, "C-" + (100_000 + i),
                r.nextInt(10) < 3);

        List<Shipment> shipping;
        if (r.nextInt(100) < 12) {
            // A gift: to a relative in another prefecture.
            String[] recipientGiven = GIVEN[r.nextInt(GIVEN.length)];
            shipping = List.of(new Shipment(name(family, recipientGiven, r), mobile(r), address(PLACES[r.nextInt(PLACES.length)], r)));
        } else {
            shipping = List.of(new Shipment(name, buyer.phone(), billing));
        }

        List<Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            Item item = ITEMS[r.nextInt(ITEMS.length)];
            items.add(item);
            total = total.add(item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())));
        }

        int pay = r.nextInt(100);
        Payment payment;
        if (pay < 72) {
            String threeDs = r.nextInt(10) < 6 ? (r.nextInt(20) == 0 ? "N" : "Y") : null;
            payment = new Payment("card", new Card(BINS[r.nextInt(BINS.length)], String.format("%04d", r.nextInt(10_000)),
                    "fp_" + Long.toString(mix(i, 0x9E3779B97F4A7C15L) & 0xFFFFFFFFFFFL, 36),
                    fraudulent && r.nextBoolean() ? "US" : "JP"),
                    threeDs == null ? null : new ThreeDs(threeDs, "Y".equals(threeDs) ? "05" : "07"));
        } else if (pay < 90) {
            payment = new Payment("konbini", null, null);
        } else {
            payment = new Payment("bank_transfer", null, null);
        }

        boolean overseas = fraudulent && r.nextBoolean();
        String ip;
        if (overseas) {
            ip = "185.220.101." + r.nextInt(256);
        } else if (r.nextInt(10) < 3) {
            ip = CARRIER_NAT_IPS.get(r.nextInt(CARRIER_NAT_IPS.size()));
        } else {
            ip = "126." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        }
        Device device = new Device(ip, overseas ? "NL" : "JP", USER_AGENTS[r.nextInt(USER_AGENTS.length)],
                overseas ? "en-US,en;q=0.9" : (r.nextInt(20) == 0 ? "en-US,en;q=0.9,ja;q=0.8" : "ja-JP,ja;q=0.9"),
                overseas ? "Europe/Amsterdam" : "Asia/Tokyo",
                r.nextInt(10) == 0 ? null : "ck_" + Long.toString(mix(i, 0xC2B2AE3D27D4EB4FL) & 0xFFFFFFFFFFFL, 36));

        return new ScreeningRequest("SO-" + (1_000_000 + i), null, new Money(total, "JPY"), buyer, billing, shipping, items,
                payment, device, null);
    }

    private static PersonName name(String[] family, String[] given, SplittableRandom r) {
        int style = r.nextInt(20);
        if (style == 0) {
            return new PersonName(family[0], given[0], null, null);
        }
        if (style == 1) {
            return new PersonName(family[0] + " " + given[0], null, family[1] + " " + given[1], null);
        }
        if (style < 4) {
            return new PersonName(family[0], given[0], hiragana(family[1]), hiragana(given[1]));
        }
        if (style < 6) {
            return new PersonName(family[0], given[0], halfWidth(family[1]), halfWidth(given[1]));
        }
        return new PersonName(family[0], given[0], family[1], given[1]);
    }

    private static Address address(Place place, SplittableRandom r) {
        int chome = 1 + r.nextInt(5);
        int ban = 1 + r.nextInt(30);
        int go = 1 + r.nextInt(20);
        String line1 = switch (r.nextInt(4)) {
            case 0 -> place.town() + chome + "丁目" + ban + "-" + go;
            case 1 -> place.town() + chome + "-" + ban + "-" + go;
            case 2 -> place.town() + fullWidth(chome + "－" + ban + "－" + go);
            default -> place.town() + chome + "丁目" + ban + "番" + go + "号";
        };
        String line2 = r.nextInt(10) < 6
                ? BUILDINGS[r.nextInt(BUILDINGS.length)] + place.town().charAt(0) + " " + (1 + r.nextInt(12)) + "0" + (1 + r.nextInt(9)) + (r.nextBoolean() ? "号室" : "")
                : null;
        String postal = r.nextInt(10) == 0 ? place.postalCode().replace("-", "") : place.postalCode();
        return new Address("JP", postal, place.region(), place.locality(), line1, line2);
    }

    private static String mobile(SplittableRandom r) {
        String prefix = new String[] {"090", "080", "070"}[r.nextInt(3)];
        String a = String.format("%04d", 1000 + r.nextInt(9000));
        String b = String.format("%04d", r.nextInt(10_000));
        return switch (r.nextInt(5)) {
            case 0 -> prefix + a + b;
            case 1 -> fullWidth(prefix + "-" + a + "-" + b);
            case 2 -> "+81 " + prefix.substring(1) + " " + a + " " + b;
            default -> prefix + "-" + a + "-" + b;
        };
    }

    private static String landline(Place place, SplittableRandom r) {
        int localDigits = 10 - place.phoneArea().length();
        String local = String.format("%0" + localDigits + "d", (long) (r.nextDouble() * Math.pow(10, localDigits)));
        int split = localDigits - 4;
        return place.phoneArea() + "-" + (local.charAt(0) == '0' ? "2" + local.substring(1, split) : local.substring(0, split))
                + "-" + local.substring(split);
    }

    private static String email(String[] family, String[] given, int i, SplittableRandom r, boolean fraudulent) {
        String familyRomaji = ROMAJI_FAMILY[indexOf(family)];
        String local = switch (r.nextInt(5)) {
            case 0 -> given[2] + "." + familyRomaji;
            case 1 -> familyRomaji + given[2] + (1970 + r.nextInt(40));
            case 2 -> given[2] + "_" + familyRomaji + i % 1000;
            case 3 -> Character.toUpperCase(given[2].charAt(0)) + given[2].substring(1) + "." + Character.toUpperCase(familyRomaji.charAt(0)) + familyRomaji.substring(1);
            default -> given[2].charAt(0) + familyRomaji + "+shop";
        };
        local = local + "." + Integer.toString(i, 36);
        if (fraudulent && r.nextBoolean()) {
            return Long.toString(mix(i, 0x632BE59BD9B4E019L) & 0xFFFFFFFFFL, 36) + "@mailinator.com";
        }
        return local + "@" + MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)];
    }

    private static int indexOf(String[] family) {
        for (int i = 0; i < FAMILY.length; i++) {
            if (FAMILY[i] == family) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    private static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (char c : katakana.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    private static String halfWidth(String katakana) {
        return HALF_WIDTH.transliterate(katakana);
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    static long mix(long value, long salt) {
        long z = value * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
