package jp.mamori.bench.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Real places to put made-up buyers: a postal code with its prefecture, municipality and town as Japan
 * Post lists them (the engine's bundled postal data), so a genuine buyer's address is consistent, and a
 * made-up block, building and room on top. Prefectures are picked by population.
 */
final class Places {

    /** A postal area: code (7 digits), prefecture, municipality, town. */
    record Area(String postalCode, String municipalityCode, String prefecture, String municipality, String town) {

        String prefCode() {
            return municipalityCode.substring(0, 2);
        }

        boolean urban() {
            return municipality.endsWith("区") || municipality.endsWith("市") && !municipality.contains("郡");
        }
    }

    /** An address as a buyer types it into the form. */
    record Address(String postalCode, String region, String locality, String line1, String line2, Area area) {

        Address withLine2(String line2) {
            return new Address(postalCode, region, locality, line1, line2, area);
        }

        Address withPostalCode(String code) {
            return new Address(code, region, locality, line1, line2, area);
        }
    }

    private static final String POSTAL_CODES = "/jp/mamori/engine/normalize/postal-codes.tsv";
    private static final String MUNICIPALITIES = "/jp/mamori/engine/normalize/postal-municipalities.tsv";
    private static final Pattern PLAIN_TOWN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶケ]{1,12}");
    private static final Pattern NOT_A_TOWN = Pattern.compile(".*(丁目|番地|地割|以下|無番地|次のビル|階|線|第).*");

    /** Population of each prefecture in ten thousands, by JIS code 01–47 (about 2024). */
    private static final int[] POPULATION = {
            514, 120, 118, 228, 93, 104, 179, 284, 192, 191, 734, 628, 1404, 923, 214, 102, 111, 75, 80, 201,
            194, 355, 747, 174, 141, 253, 877, 537, 130, 90, 54, 65, 185, 275, 131, 70, 93, 131, 67, 510,
            80, 127, 171, 111, 105, 156, 147};

    private static final String[] BUILDING_HEAD = {"パーク", "メゾン", "グラン", "サン", "ライオンズ", "シャトー", "コーポ", "ロイヤル",
            "エスポワール", "ベル", "フォレスト", "クレスト", "ドミール", "アーバン", "リバーサイド", "プレミール", "ヴィラ", "セジュール"};
    private static final String[] BUILDING_TAIL = {"ハイツ", "マンション", "コート", "ヒルズ", "レジデンス", "ハウス", "プラザ",
            "テラス", "タワー", "パレス", "荘", "コーポ", "ガーデン"};
    private static final String[] OFFICE = {"ビル", "ビルディング", "センタービル", "第一ビル", "第二ビル", "会館", "スクエア", "タワー"};

    private final Map<String, List<Area>> byPrefecture = new LinkedHashMap<>();
    private final Map<String, List<Area>> byMunicipalityCode = new LinkedHashMap<>();
    private final Map<String, Area> byPostalCode = new LinkedHashMap<>();

    Places() {
        Map<String, String[]> municipalities = new LinkedHashMap<>();
        for (String[] row : rows(MUNICIPALITIES)) {
            municipalities.put(row[0], row);
        }
        for (String[] row : rows(POSTAL_CODES)) {
            if (row.length < 3 || row[0].length() != 7 || row[2].contains("|")) {
                continue;
            }
            String town = row[2].startsWith("大字") ? row[2].substring(2) : row[2];
            if (!PLAIN_TOWN.matcher(town).matches() || NOT_A_TOWN.matcher(town).matches()) {
                continue;
            }
            String[] m = municipalities.get(row[1]);
            Area area = new Area(row[0], row[1], m[1], m[2], town);
            byPrefecture.computeIfAbsent(area.prefCode(), k -> new ArrayList<>()).add(area);
            byMunicipalityCode.computeIfAbsent(row[1], k -> new ArrayList<>()).add(area);
            byPostalCode.put(row[0], area);
        }
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " (the scoring engine's postal data)");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A postal area somewhere in Japan, weighted by prefecture population and towards towns and cities. */
    Area anywhere(Random random) {
        return inPrefecture(prefectureByPopulation(random), random);
    }

    /** A postal area in another prefecture than {@code prefCode}. */
    Area elsewhere(String prefCode, Random random) {
        String other;
        do {
            other = prefectureByPopulation(random);
        } while (other.equals(prefCode));
        return inPrefecture(other, random);
    }

    /** A postal area in the same municipality, a neighbour's street. */
    Area nearby(Area area, Random random) {
        List<Area> same = byMunicipalityCode.get(area.municipalityCode());
        return same.get(random.nextInt(same.size()));
    }

    /** A postal area in one of the municipalities with these local government codes. */
    Area inMunicipality(Random random, String... codes) {
        List<Area> areas = byMunicipalityCode.get(codes[random.nextInt(codes.length)]);
        return areas.get(random.nextInt(areas.size()));
    }

    /** The area of a known postal code, e.g. a warehouse district. */
    Area at(String postalCode) {
        Area area = byPostalCode.get(postalCode);
        if (area == null) {
            throw new IllegalStateException("no usable postal area " + postalCode);
        }
        return area;
    }

    private Area inPrefecture(String prefCode, Random random) {
        List<Area> areas = byPrefecture.get(prefCode);
        // Cities and wards hold most people but fewer postal codes than the countryside: pick them three times as often.
        while (true) {
            Area area = areas.get(random.nextInt(areas.size()));
            if (area.urban() || random.nextInt(3) == 0) {
                return area;
            }
        }
    }

    private static String prefectureByPopulation(Random random) {
        int total = 0;
        for (int p : POPULATION) {
            total += p;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < POPULATION.length; i++) {
            pick -= POPULATION[i];
            if (pick < 0) {
                return String.format("%02d", i + 1);
            }
        }
        return "13";
    }

    /** A home in {@code area}: a block number written one of the ways people write it, a house or a flat. */
    Address home(Area area, Random random) {
        String line2 = random.nextInt(100) < 55 ? building(area, random) + " " + room(random) : "";
        return new Address(postalCode(area, random), area.prefecture(), locality(area, random), area.town() + block(area, random),
                line2, area);
    }

    /** An office: block number, office building and floor, and the company's name. */
    Address office(Area area, String company, Random random) {
        String building = area.town() + OFFICE[random.nextInt(OFFICE.length)];
        String floor = random.nextBoolean() ? (2 + random.nextInt(12)) + "F" : (2 + random.nextInt(12)) + "階";
        return new Address(postalCode(area, random), area.prefecture(), area.municipality(),
                area.town() + urbanBlock(random), building + " " + floor + " " + company, area);
    }

    static String postalCode(Area area, Random random) {
        String code = area.postalCode();
        return random.nextInt(100) < 70 ? code.substring(0, 3) + "-" + code.substring(3) : code;
    }

    /** People often leave out the 郡 (桑名郡木曽岬町 → 木曽岬町). */
    private static String locality(Area area, Random random) {
        String m = area.municipality();
        int gun = m.indexOf('郡');
        return gun > 0 && random.nextInt(100) < 30 ? m.substring(gun + 1) : m;
    }

    String block(Area area, Random random) {
        return area.urban() && random.nextInt(100) < 80 ? urbanBlock(random) : ruralBlock(random);
    }

    /** 丁目-番-号 in one of the ways people write it. */
    static String urbanBlock(Random random) {
        int chome = 1 + random.nextInt(random.nextInt(4) == 0 ? 9 : 4);
        int ban = 1 + random.nextInt(30);
        int go = 1 + random.nextInt(25);
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> chome + "-" + ban + "-" + go;
            case 4, 5 -> chome + "丁目" + ban + "-" + go;
            case 6 -> KANJI_DIGITS[chome] + "丁目" + ban + "番" + go + "号";
            case 7 -> chome + "丁目" + ban + "番" + go + "号";
            case 8 -> fullWidth(chome + "-" + ban + "-" + go);
            default -> chome + "－" + ban + "－" + go;
        };
    }

    /** 番地 of a village or a town without 丁目. */
    static String ruralBlock(Random random) {
        int banchi = 1 + random.nextInt(random.nextBoolean() ? 300 : 3000);
        return switch (random.nextInt(5)) {
            case 0 -> banchi + "番地";
            case 1 -> banchi + "-" + (1 + random.nextInt(12));
            case 2 -> banchi + "番地" + (1 + random.nextInt(12));
            default -> String.valueOf(banchi);
        };
    }

    private static final String[] KANJI_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－' : c);
        }
        return out.toString();
    }

    static String building(Area area, Random random) {
        String head = BUILDING_HEAD[random.nextInt(BUILDING_HEAD.length)];
        String tail = BUILDING_TAIL[random.nextInt(BUILDING_TAIL.length)];
        String town = area.town().length() <= 4 ? area.town() : "";
        return switch (random.nextInt(4)) {
            case 0 -> head + town + tail;
            case 1 -> head + tail + (random.nextBoolean() ? town : "") + (random.nextInt(4) == 0 ? "II" : "");
            case 2 -> town + tail;
            default -> head + town;
        };
    }

    static String room(Random random) {
        int floor = 1 + random.nextInt(random.nextInt(5) == 0 ? 20 : 5);
        int number = floor * 100 + 1 + random.nextInt(8);
        return switch (random.nextInt(3)) {
            case 0 -> number + "号室";
            case 1 -> String.valueOf(number);
            default -> number + "号";
        };
    }
}
