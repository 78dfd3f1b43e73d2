package jp.mamori.engine.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Japan Post's postal code data as the address parser needs it: the 47 prefectures, the municipalities of
 * each (郡 and 政令市の区 as Japan Post writes them), the towns of each municipality, and which municipality
 * and towns each postal code belongs to. All names are in {@link PlaceText} matching form. Loaded once from
 * the resources that {@code scripts/generate-postal-codes.sh} writes.
 */
final class PostalData {

    /**
     * A municipality (市区町村) with its prefecture, as Japan Post writes them ({@code name} includes 郡 or the
     * 政令市 before its 区), and the prefecture's matching form.
     */
    record Municipality(String code, String prefecture, String name, String prefectureKey) {
    }

    /** A municipality found in an address, and where its name ends there. */
    record Found(Municipality municipality, int end) {
    }

    /** The part of one postal code that lies in one municipality; towns in matching form, "" standing for "any town". */
    record Area(Municipality municipality, Set<String> towns) {
    }

    /** A town found in an address: its matching form, its name as Japan Post writes it (丁目 left to the block), where it ends. */
    record Town(String key, String name, int end) {
    }

    private static final String OMITTED = "";

    private final Map<String, Municipality> byCode = new HashMap<>();
    private final Map<String, List<Municipality>> byPrefecture = new LinkedHashMap<>();
    private final Map<String, String> prefectureByJisCode = new HashMap<>();
    private final Map<String, String> prefectureByKey = new LinkedHashMap<>();
    private final Map<String, Map<String, Municipality>> namesByPrefecture = new HashMap<>();
    private final Map<String, List<Municipality>> namesNationwide = new HashMap<>();
    private final Map<String, Map<String, String>> townsByMunicipality = new HashMap<>();
    private final Map<String, Integer> longestTownByMunicipality = new HashMap<>();
    private final Map<String, List<Area>> areasByCode = new HashMap<>();
    private final Map<Municipality, String> keyOf = new HashMap<>();
    private int longestMunicipalityName;

    private PostalData() {
    }

    private static final class Bundled {
        static final PostalData INSTANCE = load();
    }

    static PostalData bundled() {
        return Bundled.INSTANCE;
    }

    private static PostalData load() {
        PostalData data = new PostalData();
        for (String[] row : Resources.rows("postal-municipalities.tsv", 3)) {
            data.addMunicipality(new Municipality(row[0], row[1], row[2], PlaceText.compact(row[1])), PlaceText.compact(row[2]));
        }
        data.addAliases();
        for (String[] row : Resources.rows("postal-codes.tsv", 3)) {
            Municipality municipality = data.byCode.get(row[1]);
            if (municipality == null) {
                throw new IllegalStateException("postal-codes.tsv: unknown municipality " + row[1]);
            }
            Set<String> towns = new HashSet<>();
            // A 5-digit code is one high-rise: its "town" is town and building run together (霞が関霞が関ビル),
            // good for checking the code but not a town anyone writes.
            boolean building = row[0].length() == 5;
            for (String town : row[2].split("\\|", -1)) {
                towns.add(building ? PlaceText.compact(town) : data.addTown(municipality, town));
            }
            data.areasByCode.computeIfAbsent(row[0], k -> new ArrayList<>(1)).add(new Area(municipality, Set.copyOf(towns)));
        }
        return data;
    }

    private void addMunicipality(Municipality m, String key) {
        byCode.put(m.code(), m);
        byPrefecture.computeIfAbsent(m.prefectureKey(), k -> new ArrayList<>()).add(m);
        prefectureByJisCode.put(m.code().substring(0, 2), m.prefectureKey());
        prefectureByKey.put(m.prefectureKey(), m.prefecture());
        keyOf.put(m, key);
        nameIn(m.prefectureKey(), key, m);
    }

    // Buyers often leave out the 郡 (桑名郡木曽岬町 → 木曽岬町); the short name is accepted where it is unique
    // within its prefecture.
    private void addAliases() {
        for (Municipality m : byCode.values()) {
            String name = keyOf.get(m);
            int gun = name.indexOf('郡');
            if (gun > 0 && gun < name.length() - 1) {
                String shortName = name.substring(gun + 1);
                long same = byPrefecture.get(m.prefectureKey()).stream().map(keyOf::get)
                        .filter(o -> o.endsWith(shortName)
                                && (o.length() == shortName.length() || o.charAt(o.length() - shortName.length() - 1) == '郡'))
                        .count();
                if (same == 1) {
                    nameIn(m.prefectureKey(), shortName, m);
                }
            }
        }
    }

    private void nameIn(String prefecture, String name, Municipality m) {
        namesByPrefecture.computeIfAbsent(prefecture, k -> new HashMap<>()).put(name, m);
        namesNationwide.computeIfAbsent(name, k -> new ArrayList<>(1)).add(m);
        longestMunicipalityName = Math.max(longestMunicipalityName, name.length());
    }

    private String addTown(Municipality m, String raw) {
        String name = townName(JapaneseText.compact(raw));
        String town = PlaceText.compact(name);
        if (!town.equals(OMITTED)) {
            townsByMunicipality.computeIfAbsent(m.code(), k -> new HashMap<>()).putIfAbsent(town, name);
            longestTownByMunicipality.merge(m.code(), town.length(), Math::max);
        }
        return town;
    }

    /** A town name as matched: 大字 dropped, and a trailing 丁目 left to the block (旭町一丁目 → 旭町). */
    private static String townName(String town) {
        if (town.startsWith("大字")) {
            town = town.substring(2);
        }
        if (town.endsWith("丁目")) {
            int start = town.length() - 2;
            while (start > 0 && isNumeral(town.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && start < town.length() - 2) {
                town = town.substring(0, start);
            }
        }
        return town;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇一二三四五六七八九十百壱弐参".indexOf(c) >= 0;
    }

    /** The prefecture with a JIS X 0401 code ("13" is 東京都), or null. */
    String prefectureByCode(String twoDigits) {
        return prefectureByJisCode.get(twoDigits);
    }

    /** Prefectures by matching form, with the name as written. */
    Map<String, String> prefectures() {
        return prefectureByKey;
    }

    /** The municipality whose name (or accepted short name) is the longest prefix of {@code text} from {@code from}. */
    Found municipalityAt(String prefecture, String text, int from) {
        Map<String, Municipality> names = namesByPrefecture.get(prefecture);
        if (names == null) {
            return null;
        }
        for (int end = Math.min(text.length(), from + longestMunicipalityName); end > from; end--) {
            Municipality m = names.get(text.substring(from, end));
            if (m != null) {
                return new Found(m, end);
            }
        }
        return null;
    }

    /** As {@link #municipalityAt} for an address without prefecture: only a name unique in Japan counts. */
    Found municipalityAnywhereAt(String text, int from) {
        for (int end = Math.min(text.length(), from + longestMunicipalityName); end > from; end--) {
            List<Municipality> found = namesNationwide.get(text.substring(from, end));
            if (found != null) {
                return found.size() == 1 ? new Found(found.get(0), end) : null;
            }
        }
        return null;
    }

    /** The longest town of the municipality that {@code text} starts with at {@code from}, or null. */
    Town townAt(Municipality m, String text, int from) {
        Map<String, String> towns = townsByMunicipality.get(m.code());
        if (towns == null) {
            return null;
        }
        for (int end = Math.min(text.length(), from + longestTownByMunicipality.get(m.code())); end > from; end--) {
            String key = text.substring(from, end);
            String name = towns.get(key);
            if (name != null) {
                return new Town(key, name, end);
            }
        }
        return null;
    }

    /** The areas a postal code (7 digits) covers; empty when Japan Post does not know it. */
    List<Area> areas(String postalCode) {
        List<Area> exact = areasByCode.get(postalCode);
        List<Area> wholePrefix = areasByCode.get(postalCode.substring(0, 5));
        if (wholePrefix == null) {
            return exact == null ? List.of() : exact;
        }
        if (exact == null) {
            return wholePrefix;
        }
        List<Area> both = new ArrayList<>(exact);
        both.addAll(wholePrefix);
        return both;
    }
}
