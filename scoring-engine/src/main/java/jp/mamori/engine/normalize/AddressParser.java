package jp.mamori.engine.normalize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.mamori.connector.Address;

/**
 * Parses Japanese addresses as carts send them and checks them against Japan Post's postal code data.
 * Pure: the data is loaded once, at first use. Thread-safe.
 */
public final class AddressParser {

    private static final String[] PREFECTURE_SUFFIXES = {"都", "府", "県"};
    // Kyoto writes the way there before the town: 河原町通四条上る米屋町. The town follows the last of these.
    private static final String[] KYOTO_DIRECTIONS = {"上ル", "下ル", "入ル", "上ガル", "下ガル", "入"};
    private static final String[] BLOCK_SEPARATORS = {"丁目", "番地ノ", "番地", "番", "号", "地割", "-", "ノ", "之"};

    private static final String[] ROOM_SUFFIXES = {"号室", "号", "室", "F", "階"};

    /** A word that flags an address, in matching form. */
    private record Keyword(AddressFlag flag, String text) {
    }

    private final PostalData postal;
    private final List<Keyword> keywords;

    private AddressParser(PostalData postal) {
        this.postal = postal;
        List<Keyword> words = new ArrayList<>();
        for (String[] row : Resources.rows("address-keywords.tsv", 2)) {
            words.add(new Keyword(AddressFlag.valueOf(row[0]), PlaceText.compact(row[1])));
        }
        this.keywords = List.copyOf(words);
    }

    private static final class Bundled {
        static final AddressParser INSTANCE = new AddressParser(PostalData.bundled());
    }

    /** The parser over the postal data shipped with Mamori. */
    public static AddressParser bundled() {
        return Bundled.INSTANCE;
    }

    public JapaneseAddress parse(Address address) {
        return parse(address.country(), address.postalCode(), address.region(), address.locality(), address.line1(), address.line2());
    }

    /** Parses the parts of one address; any of them may be null. {@code line2} is taken to hold building and room. */
    public JapaneseAddress parse(String country, String postalCode, String region, String locality, String line1, String line2) {
        Set<AddressFlag> flags = EnumSet.noneOf(AddressFlag.class);
        String code = postalDigits(postalCode);
        if (!isJapan(country)) {
            flags.add(AddressFlag.OVERSEAS);
            String text = PlaceText.compact(join(region, locality, line1, line2));
            return new JapaneseAddress(code, "", "", text, "", "", "", flags);
        }
        String prefectureFromRegion = region == null ? null : prefectureByCode(region);
        String head = headForm(prefectureFromRegion == null ? join(region, locality, line1) : join(locality, line1));
        String tail = PlaceText.compact(line2);
        flagKeywords(head + tail, flags);

        List<PostalData.Area> areas = code.length() == 7 ? postal.areas(code) : List.of();
        if (!code.isEmpty() && areas.isEmpty()) {
            flags.add(AddressFlag.POSTAL_CODE_UNKNOWN);
        }

        Cursor at = new Cursor(head);
        String prefecture = prefectureFromRegion != null ? prefectureFromRegion : prefecture(at);
        PostalData.Municipality municipality = municipality(prefecture, areas, at);
        if (municipality == null) {
            flags.add(AddressFlag.MUNICIPALITY_UNKNOWN);
        } else {
            prefecture = municipality.prefectureKey();
        }
        String[] town = town(municipality, at);
        List<String> numbers = block(at);
        String rest = at.rest().strip() + tail;
        if (numbers.isEmpty() && at.rest().isBlank()) {
            // The first line ends with the town, and the block was typed first thing on the second (赤松町 / 2-24-16 サン赤松町テラス 407).
            Cursor second = new Cursor(headForm(line2 == null ? "" : line2));
            List<String> fromSecond = blockOpeningSecondLine(second);
            if (!fromSecond.isEmpty()) {
                numbers = fromSecond;
                rest = PlaceText.compact(second.rest());
            }
        }
        String block = String.join("-", numbers.subList(0, Math.min(3, numbers.size())));
        if (numbers.isEmpty()) {
            flags.add(AddressFlag.BLOCK_MISSING);
        }
        String building = rest.replace(" ", "").replace("・", "");
        String room = "";
        if (numbers.size() > 3) {
            room = String.join("-", numbers.subList(3, numbers.size()));
        } else {
            int roomStart = roomStart(building);
            if (roomStart >= 0) {
                room = roomOf(building.substring(roomStart));
                building = building.substring(0, roomStart);
            }
        }
        building = trimDashes(building);
        if (!areas.isEmpty() && !fits(areas, prefecture, municipality, town[0])) {
            flags.add(AddressFlag.POSTAL_CODE_MISMATCH);
        }
        return new JapaneseAddress(code, prefecture == null ? "" : postal.prefectures().get(prefecture),
                municipality == null ? "" : municipality.name(), town[1], block, building, room, flags);
    }

    private static boolean isJapan(String country) {
        if (country == null || country.isBlank()) {
            return true;
        }
        String c = JapaneseText.compact(country).toUpperCase(Locale.ROOT);
        return c.equals("JP") || c.equals("JPN") || c.equals("JAPAN") || c.equals("日本");
    }

    private static String postalDigits(String postalCode) {
        if (postalCode == null) {
            return "";
        }
        String text = JapaneseText.compact(postalCode);
        StringBuilder digits = new StringBuilder(7);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '-' && c != '〒') {
                return text; // not a postal code shape: kept, flagged as unknown
            }
        }
        return digits.toString();
    }

    // WooCommerce sends the prefecture as "JP13", others as the JIS code "13".
    private String prefectureByCode(String region) {
        String r = JapaneseText.compact(region).toUpperCase(Locale.ROOT);
        if (r.startsWith("JP")) {
            r = r.substring(r.length() > 2 && r.charAt(2) == '-' ? 3 : 2);
        }
        if (r.length() == 1) {
            r = "0" + r;
        }
        return r.length() == 2 && Character.isDigit(r.charAt(0)) && Character.isDigit(r.charAt(1)) ? postal.prefectureByCode(r) : null;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    /**
     * The address up to the building in matching form. Spaces are dropped except one right after a number,
     * where it separates the block from what follows (1-2-3 201 is block 1-2-3, room 201, not 1-2-3201).
     */
    private static String headForm(String text) {
        String spaced = PlaceText.spaced(text).replace("〒", "");
        StringBuilder out = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (c == ' ') {
                boolean afterNumber = out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1));
                boolean beforeSeparator = i + 1 < spaced.length() && startsSeparator(spaced, i + 1);
                if (!afterNumber || beforeSeparator) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean startsSeparator(String text, int at) {
        for (String separator : BLOCK_SEPARATORS) {
            if (text.startsWith(separator, at)) {
                return true;
            }
        }
        return false;
    }

    private void flagKeywords(String text, Set<AddressFlag> flags) {
        String plain = text.replace(".", "");
        for (Keyword keyword : keywords) {
            if (plain.contains(keyword.text())) {
                flags.add(keyword.flag());
            }
        }
    }

    private String prefecture(Cursor at) {
        for (String prefecture : postal.prefectures().keySet()) {
            if (at.text.startsWith(prefecture)) {
                at.skip(prefecture.length());
                return prefecture;
            }
        }
        // 東京 for 東京都 and the like, but only when a municipality of that prefecture follows: 京都市 is not 京都府 + 市.
        for (String prefecture : postal.prefectures().keySet()) {
            for (String suffix : PREFECTURE_SUFFIXES) {
                if (prefecture.endsWith(suffix)) {
                    String bare = prefecture.substring(0, prefecture.length() - 1);
                    if (at.text.startsWith(bare) && postal.municipalityAt(prefecture, at.text, bare.length()) != null) {
                        at.skip(bare.length());
                        return prefecture;
                    }
                }
            }
        }
        return null;
    }

    private PostalData.Municipality municipality(String prefecture, List<PostalData.Area> areas, Cursor at) {
        PostalData.Found found = null;
        if (prefecture != null) {
            found = postal.municipalityAt(prefecture, at.text, at.position);
        } else {
            // No prefecture written: the postal code says which, when it names just one.
            String fromPostal = areas.isEmpty() ? null : areas.get(0).municipality().prefectureKey();
            if (fromPostal != null && areas.stream().allMatch(a -> a.municipality().prefectureKey().equals(fromPostal))) {
                found = postal.municipalityAt(fromPostal, at.text, at.position);
            }
            if (found == null) {
                found = postal.municipalityAnywhereAt(at.text, at.position);
            }
        }
        if (found == null) {
            return null;
        }
        at.position = found.end();
        return found.municipality();
    }

    /** The town at the cursor: its matching form and its name, from the postal data where it is found there. */
    private String[] town(PostalData.Municipality municipality, Cursor at) {
        if (at.text.startsWith("大字", at.position)) {
            at.skip(2);
        } else if (at.text.startsWith("字", at.position)) {
            at.skip(1);
        }
        if (municipality != null) {
            PostalData.Town town = postal.townAt(municipality, at.text, at.position);
            if (town == null) {
                int after = afterKyotoDirections(at);
                if (after > 0) {
                    town = postal.townAt(municipality, at.text, after);
                }
            }
            if (town != null) {
                at.position = town.end();
                return new String[] {town.key(), town.name()};
            }
        }
        int end = blockStart(at.text, at.position);
        String town = at.text.substring(at.position, end);
        at.position = end;
        return new String[] {town, town};
    }

    private static int afterKyotoDirections(Cursor at) {
        int after = -1;
        for (String direction : KYOTO_DIRECTIONS) {
            int i = at.text.lastIndexOf(direction);
            if (i >= at.position && i + direction.length() > after) {
                after = i + direction.length();
            }
        }
        return after;
    }

    /** Where the block starts in a town of unknown name: the first number followed by a separator or the end. */
    private static int blockStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && (i == from || !Character.isDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end == text.length() || text.charAt(end) == ' ' || startsSeparator(text, end)) {
                    return i;
                }
            }
        }
        return text.length();
    }

    /** The numbers of 丁目・番地・号 in order: 2丁目3番地の4号 and 2-3-4 both give [2, 3, 4]. */
    private static List<String> block(Cursor at) {
        List<String> numbers = new ArrayList<>(4);
        String text = at.text;
        int i = at.position;
        if (i < text.length() && text.charAt(i) == '第') {
            i++; // 第3地割 (Iwate)
        }
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            numbers.add(stripLeadingZeros(text.substring(start, i)));
            at.position = i;
            boolean separated = false;
            for (boolean more = true; more; ) {
                more = false;
                for (String separator : BLOCK_SEPARATORS) {
                    if (text.startsWith(separator, i)) {
                        i += separator.length();
                        separated = true;
                        more = true;
                        break;
                    }
                }
            }
            if (separated) {
                at.position = i;
            }
            if (!separated) {
                break;
            }
            if (i < text.length() && text.charAt(i) == '第') {
                i++;
            }
        }
        return numbers;
    }

    /**
     * The block at the start of a second address line, when it can only be one: numbers joined by block separators
     * (2-24-16, 2丁目29番9号), one number named as a block (29番地, 3丁目), or a number alone on the line (a rural
     * 番地: 集福寺 / 191). A number followed by anything else is a building's or a room's (507号室, 101 メゾン), not a block.
     */
    private static List<String> blockOpeningSecondLine(Cursor second) {
        String text = second.text;
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return List.of();
        }
        boolean alone = text.substring(digits).isBlank();
        boolean named = text.startsWith("丁目", digits) || text.startsWith("番", digits) || text.startsWith("地割", digits);
        List<String> numbers = block(second);
        return numbers.size() >= 2 || named || alone ? numbers : List.of();
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** Where a trailing room number (201, 201号室, -201, 2F) starts in the building text, or -1. */
    private static int roomStart(String building) {
        int end = building.length();
        for (String suffix : ROOM_SUFFIXES) {
            if (building.endsWith(suffix)) {
                end -= suffix.length();
                break;
            }
        }
        int start = end;
        while (start > 0 && Character.isDigit(building.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return -1;
        }
        if (start > 0 && "-#".indexOf(building.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    private static String roomOf(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        String room = stripLeadingZeros(digits.toString());
        return text.endsWith("F") || text.endsWith("階") ? room + "F" : room;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '-' || text.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == ',')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean fits(List<PostalData.Area> areas, String prefecture, PostalData.Municipality municipality, String town) {
        for (PostalData.Area area : areas) {
            boolean place = municipality == null
                    ? prefecture == null || area.municipality().prefectureKey().equals(prefecture)
                    : area.municipality().equals(municipality);
            if (place && (area.towns().contains("") || municipality == null || area.towns().contains(town)
                    || area.towns().stream().anyMatch(t -> !town.isEmpty() && (t.startsWith(town) || town.startsWith(t))))) {
                return true;
            }
        }
        return false;
    }

    /** A read position in the head of the address. */
    private static final class Cursor {
        final String text;
        int position;

        Cursor(String text) {
            this.text = text;
        }

        void skip(int n) {
            position += n;
        }

        String rest() {
            return text.substring(position);
        }
    }
}
