package jp.mamori.bench.replay;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Makes the pieces of a buyer's identity as Japanese shops see them: mail addresses on the carriers,
 * free-mail providers and company domains; mobile, landline and 050 numbers written the ways people
 * write them; cards; browsers; Japanese and foreign IP addresses. Every value comes from the one seeded
 * {@link Random}, so the set is the same on every run.
 */
final class Identities {

    /** A payment card as a PSP reports it: never more than the BIN and the last four digits. */
    record Card(String bin, String last4, String fingerprint, String issuerCountry, String brand) {
    }

    /** A browser on a device: the shop's cookie differs per shop, so only a seed is kept here. */
    record Browser(String userAgent, String acceptLanguage, String timezone, long cookieSeed, boolean mobile) {
    }

    /** A block of one network's addresses ({@code a.b.c.d/n}) and the country they are located in. */
    record AddressBlock(String cidr, String country) {

        /** The block's first address, as a number. */
        long first() {
            return ipv4(cidr.substring(0, cidr.indexOf('/')));
        }

        /** How many addresses it holds. */
        long size() {
            return 1L << (32 - Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1)));
        }

        /** Whether {@code ip}, an IPv4 address in dotted decimal, lies in the block; never one in IPv6. */
        boolean contains(String ip) {
            return ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") && ipv4(ip) - first() >= 0 && ipv4(ip) - first() < size();
        }

        private static long ipv4(String dotted) {
            long a = 0;
            for (String octet : dotted.split("\\.")) {
                a = a << 8 | Integer.parseInt(octet);
            }
            return a;
        }
    }

    enum Carrier {
        DOCOMO, AU, SOFTBANK, RAKUTEN
    }

    private static final String[] IPHONE = {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 26_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/15.12.1"};
    private static final String[] ANDROID = {
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; SO-51D Build/67.1.A.2.112) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36"};
    private static final String[] DESKTOP = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:143.0) Gecko/20100101 Firefox/143.0"};
    static final String HEADLESS =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36";

    private static final String[] DISPOSABLE = {"mailinator.com", "yopmail.com", "guerrillamail.com", "sharklasers.com",
            "10minutemail.net", "trashmail.com", "maildrop.cc", "dispostable.com", "getnada.com", "tempmail.dev"};

    private final Random random;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final List<List<String>> mobilePools;
    /**
     * Whether home and carrier addresses avoid the /16s of the ISPs' blocks that other networks now announce
     * (generation 3). Generations 1 and 2 drew from the whole ranges, whose edges turned out to be sold on: 118.24–31 is
     * Chinese clouds (Tencent AS45090, Alibaba AS37963) and GMO's hosting, and parts of SoftBank's 126/8 are AWS's
     * (AS16509, AS38895) or other ISPs' (checked against @ip-location-db/asn, CC BY 4.0). A genuine buyer's home line
     * there would look like a rented server.
     */
    private final boolean onlyAnnouncedByTheIsp;

    Identities(Random random, boolean onlyAnnouncedByTheIsp) {
        this.random = random;
        this.onlyAnnouncedByTheIsp = onlyAnnouncedByTheIsp;
        // Carriers put many phones behind one address (CGNAT); a few hundred per carrier, shared by strangers.
        this.mobilePools = List.of(pool("1.%d.%d.%d", 72, 79, 220), pool("106.%d.%d.%d", 128, 191, 220),
                pool("126.%d.%d.%d", 192, 255, 220), pool("133.%d.%d.%d", 106, 106, 80));
    }

    /** The second octets of SoftBank's 126/8 that other networks announce. */
    private static final Set<Integer> SOLD_FROM_126 = Set.of(52, 190, 191, 209, 210, 226, 228, 231, 242, 243, 251);

    private List<String> pool(String format, int low, int high, int size) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < size) {
            seen.add(String.format(format, secondOctet(format, low, high), random.nextInt(256), 1 + random.nextInt(254)));
        }
        return List.copyOf(seen);
    }

    private int secondOctet(String format, int low, int high) {
        int octet = low + random.nextInt(high - low + 1);
        while (onlyAnnouncedByTheIsp && format.startsWith("126.") && SOLD_FROM_126.contains(octet)) {
            octet = low + random.nextInt(high - low + 1);
        }
        return octet;
    }

    Random random() {
        return random;
    }

    int percent() {
        return random.nextInt(100);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    // ---- mail ----

    /** A personal mailbox made from a romaji name, on the domain mix Japanese shoppers use. */
    String personalEmail(String familyRomaji, String givenRomaji, Carrier carrier) {
        int p = percent();
        String domain;
        boolean carrierMail = false;
        if (p < 30) {
            domain = "gmail.com";
        } else if (p < 48) {
            domain = "yahoo.co.jp";
        } else if (p < 60) {
            domain = "icloud.com";
        } else if (p < 84) {
            carrierMail = true;
            domain = switch (carrier) {
                case DOCOMO -> "docomo.ne.jp";
                case AU -> chance(60) ? "ezweb.ne.jp" : "au.com";
                case SOFTBANK -> chance(50) ? "softbank.ne.jp" : "i.softbank.jp";
                case RAKUTEN -> "rakumail.jp";
            };
        } else if (p < 90) {
            domain = pick(new String[] {"outlook.jp", "hotmail.co.jp", "outlook.com"});
        } else if (p < 97) {
            domain = pick(new String[] {"ocn.ne.jp", "nifty.com", "biglobe.ne.jp", "so-net.ne.jp", "jcom.home.ne.jp", "plala.or.jp"});
        } else {
            domain = pick(new String[] {"me.com", "ybb.ne.jp", "excite.co.jp"});
        }
        return unique(carrierMail ? carrierLocal(familyRomaji, givenRomaji) : local(familyRomaji, givenRomaji), domain);
    }

    String local(String family, String given) {
        int year = 1955 + random.nextInt(50);
        return switch (random.nextInt(12)) {
            case 0 -> given + "." + family;
            case 1 -> family + "." + given;
            case 2 -> given + "_" + family;
            case 3 -> given + family + (year % 100);
            case 4 -> family + given.charAt(0) + String.format("%02d", 1 + random.nextInt(99));
            case 5 -> given + "." + family + year;
            case 6 -> family + "_" + given + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            case 7 -> given.charAt(0) + "." + family;
            case 8 -> given + pick(new String[] {"chan", "love", "mama", "papa", "cafe", "neko", "sora"}) + (1 + random.nextInt(99));
            case 9 -> family.substring(0, Math.min(4, family.length())) + given.substring(0, Math.min(3, given.length())) + year;
            case 10 -> given + "-" + family;
            default -> given + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    /** Carrier mailboxes: many people kept what the shop assigned or picked something playful. */
    private String carrierLocal(String family, String given) {
        return switch (random.nextInt(6)) {
            case 0 -> given + "-" + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) + "." + letters(3);
            case 1 -> family + "." + given.charAt(0) + "." + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            case 2 -> letters(3) + "." + given + "." + (1960 + random.nextInt(45));
            case 3 -> given + "_" + pick(new String[] {"smile", "happy", "star", "moon", "flower", "blue"}) + (1 + random.nextInt(99));
            default -> local(family, given);
        };
    }

    String companyEmail(String family, String given, String companyDomain) {
        String local = switch (random.nextInt(4)) {
            case 0 -> given.charAt(0) + "." + family;
            case 1 -> family;
            case 2 -> given + "." + family;
            default -> family + "-" + given.charAt(0);
        };
        return unique(local, companyDomain);
    }

    String disposableEmail() {
        return unique(pick(new String[] {letters(6) + digits(3), "tanaka" + digits(4), letters(10), "shop" + digits(5)}),
                pick(DISPOSABLE));
    }

    /** A mailbox a script made in bulk: letters and digits in no human pattern. */
    String generatedLocal() {
        StringBuilder s = new StringBuilder();
        int length = 9 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : "bcdfghjklmnpqrstvwxz".charAt(random.nextInt(20)));
        }
        return s.toString();
    }

    String unique(String local, String domain) {
        String email = local.toLowerCase(Locale.ROOT) + "@" + domain;
        while (!emails.add(email)) {
            email = local.toLowerCase(Locale.ROOT) + (1 + random.nextInt(99)) + "@" + domain;
        }
        return email;
    }

    // ---- phones ----

    /** A mobile number (070/080/090) as the buyer types it. */
    String mobilePhone() {
        String prefix = pick(new String[] {"090", "090", "090", "080", "080", "070"});
        return uniquePhone(prefix);
    }

    /** A 050 IP phone number: cheap to get and to give up, yet also what many households' fibre line comes with. */
    String ipPhone() {
        return uniquePhone("050");
    }

    private String uniquePhone(String prefix) {
        while (true) {
            String a = (1 + random.nextInt(9)) + digits(3);
            String b = digits(4);
            if (a.equals(b) || b.chars().distinct().count() == 1 || (a + b).equals("12345678")) {
                continue;
            }
            if (isAllocated(prefix + a + b) && phones.add(prefix + a + b)) {
                return written(prefix, a, b);
            }
        }
    }

    private static final String[][] LANDLINE = {{"13", "03", "4"}, {"27", "06", "4"}, {"14", "045", "3"}, {"23", "052", "3"},
            {"40", "092", "3"}, {"01", "011", "3"}, {"26", "075", "3"}, {"28", "078", "3"}, {"34", "082", "3"}, {"04", "022", "3"},
            {"11", "048", "3"}, {"12", "043", "3"}, {"22", "054", "3"}};

    /** A landline in the prefecture's main area code, or a mobile number where none is listed here. */
    String landline(String prefCode) {
        for (String[] row : LANDLINE) {
            if (row[0].equals(prefCode)) {
                int localDigits = Integer.parseInt(row[2]);
                while (true) {
                    String a = (2 + random.nextInt(8)) + digits(localDigits - 1);
                    String b = digits(4);
                    // Not every exchange of an area code is in use: keep to numbers the numbering plan allocates.
                    if (isAllocated(row[1] + a + b) && phones.add(row[1] + a + b)) {
                        return random.nextInt(4) == 0 ? row[1] + a + b : row[1] + "-" + a + "-" + b;
                    }
                }
            }
        }
        return mobilePhone();
    }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private static boolean isAllocated(String nationalNumber) {
        try {
            return PHONES.isValidNumber(PHONES.parse(nationalNumber, "JP"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private String written(String prefix, String a, String b) {
        int p = percent();
        if (p < 55) {
            return prefix + "-" + a + "-" + b;
        } else if (p < 90) {
            return prefix + a + b;
        } else if (p < 94) {
            return Places.fullWidth(prefix + "-" + a + "-" + b);
        } else if (p < 97) {
            return "+81 " + prefix.substring(1) + "-" + a + "-" + b;
        }
        return prefix + " " + a + " " + b;
    }

    /** What people type to get past a required phone field. */
    static final List<String> PLACEHOLDER_PHONES = List.of("090-1234-5678", "09012345678", "090-0000-0000", "080-1111-1111",
            "000-0000-0000", "03-1234-5678", "090-9999-9999", "0000000000");

    String dummyPhone() {
        return pick(PLACEHOLDER_PHONES);
    }

    // ---- cards ----

    private static final String[][] JP_BINS = {
            {"visa", "498760"}, {"visa", "455290"}, {"visa", "421637"}, {"visa", "493818"}, {"visa", "460120"}, {"visa", "447812"},
            {"mastercard", "524681"}, {"mastercard", "531246"}, {"mastercard", "552093"},
            {"jcb", "353012"}, {"jcb", "356780"}, {"jcb", "358806"}, {"jcb", "354921"},
            {"amex", "376532"}, {"diners", "362214"}};

    Card japaneseCard() {
        String[] bin = JP_BINS[random.nextInt(JP_BINS.length)];
        return new Card(bin[1], digits(4), fingerprint(), "JP", bin[0]);
    }

    Card foreignCard(String country) {
        String brand = random.nextBoolean() ? "visa" : "mastercard";
        String bin = (brand.equals("visa") ? "4" : "5" + (1 + random.nextInt(5))) + digits(brand.equals("visa") ? 5 : 4);
        return new Card(bin, digits(4), fingerprint(), country, brand);
    }

    Card card(String bin, String brand, String last4) {
        return new Card(bin, last4, fingerprint(), "JP", brand);
    }

    static String binOf(Card card) {
        return card.bin();
    }

    String fingerprint() {
        return "fp_" + token(22);
    }

    // ---- browsers and networks ----

    /** A Japanese buyer's phone or computer. */
    Browser japaneseBrowser() {
        int p = percent();
        if (p < 52) {
            return new Browser(pick(IPHONE), "ja-JP,ja;q=0.9", "Asia/Tokyo", random.nextLong(), true);
        } else if (p < 80) {
            return new Browser(pick(ANDROID), "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "Asia/Tokyo", random.nextLong(), true);
        }
        String ua = pick(DESKTOP);
        String language = ua.contains("Macintosh") ? "ja-JP,ja;q=0.9" : chance(70) ? "ja,en-US;q=0.9,en;q=0.8" : "ja";
        return new Browser(ua, language, "Asia/Tokyo", random.nextLong(), false);
    }

    Browser browser(String acceptLanguage, String timezone, boolean mobile) {
        String ua = mobile ? (random.nextBoolean() ? pick(IPHONE) : pick(ANDROID)) : pick(DESKTOP);
        return new Browser(ua, acceptLanguage, timezone, random.nextLong(), mobile);
    }

    Carrier carrier() {
        int p = percent();
        return p < 40 ? Carrier.DOCOMO : p < 70 ? Carrier.AU : p < 94 ? Carrier.SOFTBANK : Carrier.RAKUTEN;
    }

    String mobileIp(Carrier carrier) {
        return pick(mobilePools.get(carrier.ordinal()));
    }

    /** A household's fibre line: an address of a Japanese consumer ISP, kept for weeks; some are IPv6. */
    String homeIp() {
        if (chance(15)) {
            return String.format("%s:%x:%x:%x:%x:%x:%x", pick(new String[] {"2400:4050", "240b:10", "2001:268", "2409:10"}),
                    random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000),
                    random.nextInt(0x10000), random.nextInt(0x10000));
        }
        String[] formats = {"153.%d.%d.%d", "114.%d.%d.%d", "126.%d.%d.%d", "60.%d.%d.%d", "219.%d.%d.%d", "118.%d.%d.%d", "180.%d.%d.%d"};
        // NTT OCN announces 118.0–23 only (see onlyAnnouncedByTheIsp).
        int[][] second = {{128, 255}, {144, 191}, {0, 191}, {32, 47}, {96, 127}, {0, onlyAnnouncedByTheIsp ? 23 : 31}, {0, 63}};
        int i = random.nextInt(formats.length);
        return String.format(formats[i], secondOctet(formats[i], second[i][0], second[i][1]), random.nextInt(256),
                1 + random.nextInt(254));
    }

    /** A server in a Japanese data centre: VPS and proxies report country JP. */
    String japaneseDatacenterIp() {
        return String.format(pick(new String[] {"160.16.%d.%d", "153.127.%d.%d", "133.125.%d.%d", "45.32.%d.%d", "139.162.%d.%d"}),
                random.nextInt(256), 1 + random.nextInt(254));
    }

    // Generation 3's networks of genuine buyers. Each block lies within one row of the ASN data of @ip-location-db/asn
    // (CC BY 4.0), which confirms its network but not its place: the place is in the network's name (Leaseweb), the
    // region the provider's published ranges give as we know them (AWS, Azure, Vultr, Linode; no copy was at hand to
    // check against), or, for M247 and Datacamp, an assumption.

    /** Commercial VPNs' servers in Tokyo, rented from hosting networks. */
    static final List<AddressBlock> TOKYO_VPN_SERVERS = List.of(
            new AddressBlock("13.112.0.0/14", "JP"),    // AS16509 Amazon, AWS Tokyo (ap-northeast-1)
            new AddressBlock("202.182.96.0/19", "JP"),  // AS20473 Vultr (The Constant Company), Tokyo
            new AddressBlock("139.162.64.0/19", "JP"),  // AS63949 Linode (Akamai's cloud), Tokyo
            new AddressBlock("23.106.224.0/21", "JP"),  // AS134351 Leaseweb Japan
            new AddressBlock("43.230.56.0/22", "JP"),   // AS9009 M247
            new AddressBlock("89.187.160.0/19", "JP")); // AS60068 Datacamp

    /** Commercial VPNs' servers abroad that a buyer in Japan picks: for American streaming, or a nearby hub. */
    static final List<AddressBlock> VPN_SERVERS_ABROAD = List.of(
            new AddressBlock("3.80.0.0/12", "US"),      // AS14618 Amazon, AWS us-east-1
            new AddressBlock("23.19.64.0/20", "US"),    // AS395954 Leaseweb USA
            new AddressBlock("13.228.0.0/15", "SG"),    // AS16509 Amazon, AWS Singapore (ap-southeast-1)
            new AddressBlock("23.106.64.0/20", "SG"),   // AS59253 Leaseweb Singapore
            new AddressBlock("18.162.0.0/16", "HK"),    // AS16509 Amazon, AWS Hong Kong (ap-east-1)
            new AddressBlock("209.58.184.0/21", "HK")); // AS133752 Leaseweb Hong Kong

    /** iCloud Private Relay's egress in Japan: it keeps the user's rough location, so the country stays JP. */
    static final List<AddressBlock> PRIVATE_RELAY_EGRESS = List.of(
            new AddressBlock("104.28.0.0/16", "JP"),    // AS13335 Cloudflare
            new AddressBlock("172.225.208.0/20", "JP"), // AS36183 Akamai (its Private Relay network)
            new AddressBlock("146.75.0.0/16", "JP"));   // AS54113 Fastly

    /** Where an office's web proxy or VPN concentrator runs in a Japanese cloud region: all its staff's traffic leaves there. */
    static final List<AddressBlock> OFFICE_GATEWAYS_IN_JAPANESE_CLOUDS = List.of(
            new AddressBlock("52.192.0.0/15", "JP"),    // AS16509 Amazon, AWS Tokyo
            new AddressBlock("54.64.0.0/15", "JP"),     // AS16509 Amazon, AWS Tokyo
            new AddressBlock("40.115.128.0/17", "JP"),  // AS8075 Microsoft, Azure Japan East
            new AddressBlock("13.78.0.0/17", "JP"));    // AS8075 Microsoft, Azure Japan East

    /** Safari, on an iPhone or a Mac: what iCloud Private Relay covers (not an app's built-in browser such as LINE's). */
    static boolean isSafari(String userAgent) {
        return userAgent.contains("Version/") && userAgent.contains("Safari/");
    }

    /** An address in the block, never its first or last. */
    String addressIn(AddressBlock block) {
        long a = block.first() + 1 + random.nextInt((int) block.size() - 2);
        return (a >> 24) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
    }

    /** An address abroad and its country. */
    String[] foreignIp(String country) {
        String format = switch (country) {
            case "CN" -> pick(new String[] {"36.110.%d.%d", "117.136.%d.%d", "183.192.%d.%d", "112.96.%d.%d"});
            case "VN" -> pick(new String[] {"113.161.%d.%d", "14.231.%d.%d", "27.72.%d.%d"});
            case "HK" -> pick(new String[] {"203.186.%d.%d", "119.236.%d.%d"});
            case "TW" -> pick(new String[] {"114.34.%d.%d", "36.231.%d.%d"});
            case "KR" -> pick(new String[] {"175.223.%d.%d", "211.36.%d.%d"});
            case "SG" -> "116.88.%d.%d";
            case "NG" -> "105.112.%d.%d";
            case "RU" -> "95.24.%d.%d";
            default -> pick(new String[] {"104.156.%d.%d", "172.58.%d.%d", "73.162.%d.%d"});
        };
        return new String[] {String.format(format, random.nextInt(256), 1 + random.nextInt(254)), country};
    }

    /** Opaque letters and digits, never holding a long run of digits (the gateway refuses card-number-like runs). */
    String token(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        while (true) {
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!s.toString().matches(".*\\d{8}.*")) {
                return s.toString();
            }
        }
    }

    String digits(int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    String letters(int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
