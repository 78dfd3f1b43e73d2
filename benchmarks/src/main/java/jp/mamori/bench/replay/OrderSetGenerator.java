package jp.mamori.bench.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.mamori.bench.replay.Identities.Browser;
import jp.mamori.bench.replay.Identities.Card;
import jp.mamori.bench.replay.Identities.Carrier;
import jp.mamori.bench.replay.Names.Part;
import jp.mamori.bench.replay.Places.Address;
import jp.mamori.bench.replay.Places.Area;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the labelled order set the replay tool measures detection with: four weeks of orders at three
 * shops from genuine buyers of several kinds and from seven fraud patterns, with the feedback the shops
 * send when fraud is confirmed. Deterministic: the same seed gives the same file, byte for byte.
 *
 * <p>Every order is labelled by the pattern that generated it, never by anything the engine says.
 * Patterns vary as real ones do: not every fraud order carries every signal, and some genuine orders
 * carry one (a free-mail address, a 050 number, a postal code typed wrong, a traveller's foreign IP).
 *
 * <pre>java -cp benchmarks.jar jp.mamori.bench.replay.OrderSetGenerator [--seed N] [--out FILE]</pre>
 */
public final class OrderSetGenerator {

    public static final long DEFAULT_SEED = 20261005L;
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The simulated weeks: Monday 5 October to Sunday 1 November 2026, Japan time. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 5);
    static final int DAYS = 28;
    private static final String[] MERCHANTS = {"m1", "m2", "m3"};
    /** Orders per hour of the day for genuine buyers: evenings after work, a lunch bump, quiet nights. */
    private static final int[] HOURLY = {3, 2, 1, 1, 1, 1, 2, 4, 5, 5, 6, 6, 8, 6, 5, 5, 5, 5, 6, 7, 9, 10, 9, 6};

    private final Random random;
    private final Identities ids;
    private final Places places;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Integer> customerNumbers = new HashMap<>();
    private final List<String> affiliates = new ArrayList<>();
    private long sequence;

    /** An order or a feedback, placed in time. */
    private record Event(ZonedDateTime at, long sequence, Draft order, Feedback feedback) {
    }

    private record Feedback(Draft order, String type) {
    }

    private OrderSetGenerator(long seed, Places places) {
        this.random = new Random(seed);
        this.ids = new Identities(random);
        this.places = places;
        for (int i = 0; i < 40; i++) {
            affiliates.add("af-" + (1000 + random.nextInt(9000)));
        }
    }

    public static void main(String[] args) throws IOException {
        long seed = DEFAULT_SEED;
        Path out = Path.of("benchmarks/src/main/resources/replay/orders-v1.jsonl");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: OrderSetGenerator [--seed N] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        List<String> lines = generate(seed);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        long orders = lines.stream().filter(l -> l.contains("\"request\"")).count();
        System.out.println("wrote " + out + ": " + orders + " orders, " + (lines.size() - orders) + " feedback lines, seed " + seed);
    }

    /** The JSON Lines of the set, in time order. */
    public static List<String> generate(long seed) {
        return new OrderSetGenerator(seed, new Places()).run();
    }

    private List<String> run() {
        legitPlain(1450);
        legitLoyal(30);
        legitFamilies(45);
        legitGifts(100);
        legitForeignResidents(70);
        legitHalfWidthKana(80);
        legitCorporate(25);
        cardTesting(9);
        resaleRings(7);
        negativeList(12);
        foreignImpersonation(36);
        affiliateSelfReferral(6);
        disposableIdentities(48);
        forwarding(30);
        chargebacks();

        events.sort(Comparator.comparing((Event e) -> e.at().toInstant()).thenComparingLong(Event::sequence));
        Map<String, Integer> orderNumbers = new HashMap<>(Map.of("m1", 24518, "m2", 8812, "m3", 0));
        for (Event e : events) {
            if (e.order() != null) {
                int n = orderNumbers.merge(e.order().merchant, 1, Integer::sum);
                e.order().orderId = switch (e.order().merchant) {
                    case "m3" -> "ORD-" + e.order().at.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                            + String.format("%05d", n);
                    default -> String.valueOf(n);
                };
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>(events.size());
        for (Event e : events) {
            ObjectNode line = json.createObjectNode();
            if (e.order() != null) {
                line.put("label", e.order().label.text());
                line.put("merchant", e.order().merchant);
                line.set("request", e.order().toJson(json));
            } else {
                Draft target = e.feedback().order();
                line.put("label", target.label.text());
                line.put("merchant", target.merchant);
                ObjectNode feedback = line.putObject("feedback");
                feedback.put("order_id", target.orderId);
                feedback.put("type", e.feedback().type());
                line.put("at", Draft.TIMESTAMP.format(e.at()));
            }
            lines.add(json.writeValueAsString(line));
        }
        return lines;
    }

    // ------------------------------------------------------------------ time

    private ZonedDateTime day(int day) {
        return FIRST_DAY.plusDays(day).atStartOfDay(TOKYO);
    }

    /** A moment on a random day, weekends a little busier, at an hour genuine buyers shop. */
    private ZonedDateTime anyTime() {
        int d;
        do {
            d = random.nextInt(DAYS);
        } while (!isWeekend(d) && random.nextInt(10) == 0);
        return timeOn(d);
    }

    /** {@code n} moments of {@link #anyTime()}, earliest first, so that a buyer's first order is the one a shop sees first. */
    private List<ZonedDateTime> anyTimes(int n) {
        List<ZonedDateTime> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(anyTime());
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    private boolean isWeekend(int d) {
        DayOfWeek w = FIRST_DAY.plusDays(d).getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    private ZonedDateTime timeOn(int d) {
        int total = 0;
        for (int h : HOURLY) {
            total += h;
        }
        int pick = random.nextInt(total);
        int hour = 0;
        while (pick >= HOURLY[hour]) {
            pick -= HOURLY[hour];
            hour++;
        }
        return day(d).plusHours(hour).plusMinutes(random.nextInt(60)).plusSeconds(random.nextInt(60));
    }

    private ZonedDateTime officeHours(int d) {
        while (isWeekend(d)) {
            d = (d + 1) % DAYS;
        }
        return day(d).plusHours(9 + random.nextInt(9)).plusMinutes(random.nextInt(60)).plusSeconds(random.nextInt(60));
    }

    private ZonedDateTime lateNight(int d) {
        return day(d).plusHours(1 + random.nextInt(4)).plusMinutes(random.nextInt(60)).plusSeconds(random.nextInt(60));
    }

    private boolean inWindow(ZonedDateTime t) {
        return t.isBefore(day(DAYS));
    }

    private String merchant() {
        int p = ids.percent();
        return p < 40 ? "m1" : p < 70 ? "m2" : "m3";
    }

    // ------------------------------------------------------------------ people

    /** A Japanese person at a new home somewhere in Japan. */
    private Shopper japanese() {
        return japanese(places.home(places.anywhere(random), random), Names.family(random));
    }

    private Shopper japanese(Address home, Part family) {
        Shopper s = new Shopper();
        boolean female = random.nextBoolean();
        Part given = Names.given(random, female);
        s.family = family.kanji();
        s.given = given.kanji();
        s.familyRomaji = family.romaji();
        s.givenRomaji = given.romaji();
        // Most forms ask for katakana; some for hiragana, and some buyers write the long vowel as they hear it.
        int k = ids.percent();
        if (k < 80) {
            s.familyKana = family.kana();
            s.givenKana = given.kana();
        } else if (k < 95) {
            s.familyKana = Names.hiragana(family.kana());
            s.givenKana = Names.hiragana(given.kana());
        } else {
            s.familyKana = Names.longVowel(family.kana());
            s.givenKana = Names.longVowel(given.kana());
        }
        s.home = home;
        s.carrier = ids.carrier();
        s.email = ids.personalEmail(family.romaji(), given.romaji(), s.carrier);
        int p = ids.percent();
        s.phone = p < 2 ? ids.ipPhone() : p < 5 ? ids.landline(home.area().prefCode()) : ids.mobilePhone();
        s.browser = ids.japaneseBrowser();
        s.homeIp = ids.homeIp();
        s.card = ids.japaneseCard();
        s.cardShare = 40 + random.nextInt(55);
        s.otherPayment = ids.pick(new String[] {"konbini", "konbini", "cod", "paypay", "paypay", "paypay", "deferred", "deferred", "bank_transfer"});
        s.registers = ids.chance(70);
        for (String m : MERCHANTS) {
            if (ids.chance(35)) {
                s.customerBefore.add(m);
            }
        }
        return s;
    }

    private String customerId(String merchant, Shopper s) {
        if (!s.registers) {
            return null;
        }
        return s.customerIds.computeIfAbsent(merchant, m -> {
            int n = customerNumbers.merge(m, 1, Integer::sum) + (s.customerBefore.contains(m) ? 0 : 40000);
            return switch (m) {
                case "m1" -> String.valueOf(1000 + n);
                case "m2" -> "C" + String.format("%07d", 20000 + n);
                default -> "u" + Integer.toString(7919 * n + 104729, 36);
            };
        });
    }

    // ------------------------------------------------------------------ orders

    /** An order by {@code s} as they usually place it: their name, home, browser and card. */
    private Draft order(ReplayLabel label, String merchant, ZonedDateTime at, Shopper s) {
        Draft d = new Draft(label, merchant, at);
        d.family = s.family;
        d.given = s.given;
        d.familyKana = s.familyKana;
        d.givenKana = s.givenKana;
        d.email = s.email;
        d.phone = s.phone;
        d.customerId = customerId(merchant, s);
        d.isNewCustomer = s.isNewAt(merchant);
        d.billing = s.home;
        browse(d, s);
        if (ids.chance(s.cardShare)) {
            pay(d, s.card);
        } else {
            d.method = s.otherPayment;
        }
        s.orderedAt.add(merchant);
        return d;
    }

    /** The device part of a Japanese buyer's order: a phone on the carrier's network or at home, or the home computer. */
    private void browse(Draft d, Shopper s) {
        Browser b = s.browser;
        d.userAgent = b.userAgent();
        d.acceptLanguage = b.acceptLanguage();
        // The EC-CUBE shop's plugin reads headers only: no time zone from the browser.
        d.timezone = d.merchant.equals("m2") ? null : b.timezone();
        if (ids.chance(8)) {
            s.clearCookie(d.merchant);
        }
        d.cookie = s.cookie(d.merchant);
        d.ip = b.mobile() && ids.chance(55) ? ids.mobileIp(s.carrier) : s.homeIp;
        d.ipCountry = "JP";
    }

    private void pay(Draft d, Card card) {
        d.method = "card";
        d.card = card;
        int p = ids.percent();
        boolean mastercard = card.brand().equals("mastercard");
        if (p < 86) {
            d.transStatus = "Y";
            d.eci = mastercard ? "02" : "05";
        } else if (p < 93) {
            d.transStatus = "A";
            d.eci = mastercard ? "01" : "06";
        } else if (p < 95) {
            d.transStatus = "U";
            d.eci = mastercard ? "00" : "07";
        }
    }

    private void ship(Draft d, Shopper to, Address address) {
        d.shipping.add(new Draft.Shipment(to.family, to.given, to.familyKana, to.givenKana, to.phone, address));
    }

    private void shipHome(Draft d) {
        if (d.shipsAnything()) {
            d.shipping.add(new Draft.Shipment(d.family, d.given, d.familyKana, d.givenKana, d.phone, d.billing));
        }
    }

    /** A genuine basket: one to three products, a trial set for some new customers. */
    private void basket(Draft d) {
        if (d.isNewCustomer && ids.chance(d.merchant.equals("m1") ? 50 : d.merchant.equals("m3") ? 12 : 0)) {
            d.add(Catalog.trial(d.merchant, random), 1);
            if (ids.chance(70)) {
                return;
            }
        }
        int lines = 1 + (ids.chance(35) ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < lines; i++) {
            Catalog.Product p = Catalog.regular(d.merchant, random);
            if (d.items.stream().noneMatch(l -> l.product().equals(p))) {
                d.add(p, p.price() < 2000 && ids.chance(40) ? 2 + random.nextInt(3) : 1);
            }
        }
    }

    private void affiliateMaybe(Draft d) {
        if (d.merchant.equals("m1") && ids.chance(d.isNewCustomer ? 40 : 10)) {
            d.affiliate = ids.pick(affiliates);
        }
    }

    private void emit(Draft d) {
        if (inWindow(d.at)) {
            events.add(new Event(d.at, sequence++, d, null));
        }
    }

    private void feedback(Draft order, String type, ZonedDateTime at) {
        if (inWindow(at) && at.isAfter(order.at)) {
            events.add(new Event(at, sequence++, null, new Feedback(order, type)));
        }
    }

    /**
     * The small irregularities of genuine orders, at most one per order and about one order in twenty in all:
     * what makes a detector earn its keep. Rates are per mille of orders.
     */
    private void roughEdges(Draft d, Shopper s) {
        int pm = random.nextInt(1000);
        if (pm < 8 && d.billing != null) {
            // A digit of the postal code typed wrong.
            String code = d.billing.postalCode();
            char last = code.charAt(code.length() - 1);
            char other = (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10);
            rehome(d, s, d.billing.withPostalCode(code.substring(0, code.length() - 1) + other));
        } else if (pm >= 8 && pm < 14 && d.ip != null) {
            // On a trip abroad: a foreign network, sometimes the phone's clock moved with it.
            String country = ids.pick(new String[] {"US", "KR", "TW", "SG", "HK"});
            d.ip = ids.foreignIp(country)[0];
            d.ipCountry = country;
            if (ids.chance(50) && d.timezone != null) {
                d.timezone = switch (country) {
                    case "US" -> "America/Los_Angeles";
                    case "KR" -> "Asia/Seoul";
                    case "TW" -> "Asia/Taipei";
                    case "SG" -> "Asia/Singapore";
                    default -> "Asia/Hong_Kong";
                };
            }
        } else if (pm >= 14 && pm < 44 && d.email != null && d.email.endsWith("@gmail.com")) {
            // A plus alias to sort the shop's mail (about one Gmail user in ten here; a third of buyers use Gmail).
            d.email = d.email.replace("@", "+" + ids.pick(new String[] {"shop", "net", "kaimono", "ec", "tsuhan"}) + "@");
        } else if (pm >= 44 && pm < 54 && d.acceptLanguage != null) {
            // A Japanese buyer whose computer is set up in English.
            d.acceptLanguage = "en-US,en;q=0.9";
        } else if (pm >= 54 && pm < 57 && !d.shipping.isEmpty()) {
            // Held at the post office: people who are out all day, or do not want the family to see.
            Address a = d.shipping.get(0).address();
            String office = a.locality().replaceAll("(郡.*|市.*区|市|区|町|村)$", "") + "郵便局留め";
            reship(d, a.withLine2(office));
        } else if (pm >= 57 && pm < 59 && !d.shipping.isEmpty()) {
            // Sent to the hotel of a trip.
            Area area = places.anywhere(random);
            reship(d, new Address(Places.postalCode(area, random), area.prefecture(), area.municipality(),
                    area.town() + Places.urbanBlock(random), "ホテル" + area.town() + " フロント気付 " + d.family + d.given + "様", area));
        } else if (pm >= 59 && pm < 62 && d.email != null) {
            // A slip of the keyboard in the domain.
            d.email = d.email.replace("@gmail.com", "@gmial.com").replace("@yahoo.co.jp", "@yahoo.co.jo")
                    .replace("@docomo.ne.jp", "@docomo.ne.jo").replace("@icloud.com", "@icloud.co");
        } else if (pm >= 62 && pm < 70 && d.billing != null && d.billing.line2().isEmpty()) {
            // The block number typed into the second line.
            String town = d.billing.area().town();
            String block = d.billing.line1().substring(town.length());
            if (!block.isEmpty()) {
                rehome(d, s, new Address(d.billing.postalCode(), d.billing.region(), d.billing.locality(), town, block, d.billing.area()));
            }
        }
    }

    /** The order's billing address, and its shipment to the buyer's home, written as {@code home} instead. */
    private static void rehome(Draft d, Shopper s, Address home) {
        Address before = d.billing;
        d.billing = home;
        d.shipping.replaceAll(sh -> sh.address() == before || sh.address() == s.home
                ? new Draft.Shipment(sh.family(), sh.given(), sh.familyKana(), sh.givenKana(), sh.phone(), home) : sh);
    }

    private static void reship(Draft d, Address to) {
        Draft.Shipment first = d.shipping.get(0);
        d.shipping.set(0, new Draft.Shipment(first.family(), first.given(), first.familyKana(), first.givenKana(), first.phone(), to));
    }

    // ------------------------------------------------------------------ genuine buyers

    private void legitPlain(int people) {
        for (int i = 0; i < people; i++) {
            Shopper s = japanese();
            int n = ids.percent() < 75 ? 1 : ids.percent() < 72 ? 2 : 3;
            for (ZonedDateTime t : anyTimes(n)) {
                Draft d = order(ReplayLabel.LEGIT, merchant(), t, s);
                basket(d);
                affiliateMaybe(d);
                shipHome(d);
                roughEdges(d, s);
                emit(d);
            }
        }
    }

    /** Regulars: the same person, card and phone every week or more often; sometimes twice in a day. */
    private void legitLoyal(int people) {
        for (int i = 0; i < people; i++) {
            Shopper s = japanese();
            String merchant = ids.pick(new String[] {"m1", "m1", "m3", "m3", "m2"});
            s.customerBefore.add(merchant);
            s.registers = true;
            int orders = 8 + random.nextInt(13);
            double gap = (double) DAYS / orders;
            for (int k = 0; k < orders; k++) {
                int d = Math.min(DAYS - 1, (int) (k * gap + random.nextDouble() * gap));
                Draft o = order(ReplayLabel.LEGIT_LOYAL, merchant, timeOn(d), s);
                if (merchant.equals("m2")) {
                    // Nobody buys a camera a week: a regular of an electronics shop buys accessories and gift codes.
                    o.add(Catalog.sku("m2", ids.pick(new String[] {"CBL-USBC-1M", "CHG-65W", "GIFTCODE-3000", "SSD-1TB"})), 1);
                } else {
                    basket(o);
                }
                shipHome(o);
                roughEdges(o, s);
                emit(o);
                if (ids.chance(15)) {
                    // Forgot something: a second order an hour or two later.
                    Draft again = order(ReplayLabel.LEGIT_LOYAL, merchant, o.at.plusMinutes(20 + random.nextInt(150)), s);
                    again.add(merchant.equals("m2") ? Catalog.sku("m2", "CBL-USBC-1M") : Catalog.regular(merchant, random), 1);
                    shipHome(again);
                    emit(again);
                }
            }
        }
    }

    /** Two to four people at one address: their own phones and mail, a shared computer and line, sometimes one card. */
    private void legitFamilies(int households) {
        for (int i = 0; i < households; i++) {
            Shopper head = japanese();
            List<Shopper> members = new ArrayList<>(List.of(head));
            int size = 2 + random.nextInt(3);
            Browser sharedComputer = ids.browser(ids.chance(70) ? "ja,en-US;q=0.9,en;q=0.8" : "ja-JP,ja;q=0.9", "Asia/Tokyo", false);
            for (int m = 1; m < size; m++) {
                Part family = ids.chance(85) ? new Part(head.family, head.familyKana, head.familyRomaji)
                        : Names.family(random);
                Shopper member = japanese(head.home, family);
                if (family.kanji().equals(head.family)) {
                    member.familyKana = head.familyKana;
                }
                member.homeIp = head.homeIp;
                if (ids.chance(25)) {
                    member.card = head.card;
                }
                members.add(member);
            }
            for (Shopper member : members) {
                for (ZonedDateTime t : anyTimes(1 + random.nextInt(3))) {
                    Draft d = order(ReplayLabel.LEGIT_FAMILY, merchant(), t, member);
                    if (ids.chance(40)) {
                        // On the family computer.
                        d.userAgent = sharedComputer.userAgent();
                        d.acceptLanguage = sharedComputer.acceptLanguage();
                        d.cookie = Shopper.cookieOf(sharedComputer, d.merchant, 0);
                        d.ip = head.homeIp;
                    }
                    basket(d);
                    affiliateMaybe(d);
                    shipHome(d);
                    roughEdges(d, member);
                    emit(d);
                }
            }
        }
    }

    /** A present sent to parents or a relative in another prefecture: another name, address and phone on the parcel. */
    private void legitGifts(int givers) {
        for (int i = 0; i < givers; i++) {
            Shopper giver = japanese();
            Area elsewhere = places.elsewhere(giver.home.area().prefCode(), random);
            Part family = ids.chance(65) ? new Part(giver.family, giver.familyKana, giver.familyRomaji) : Names.family(random);
            Shopper relative = japanese(places.home(elsewhere, random), family);
            if (ids.chance(40)) {
                relative.phone = ids.landline(elsewhere.prefCode());
            }
            for (ZonedDateTime t : anyTimes(ids.chance(50) ? 2 : 1)) {
                String merchant = ids.pick(new String[] {"m1", "m1", "m3", "m2"});
                Draft d = order(ReplayLabel.LEGIT_GIFT, merchant, t, giver);
                switch (merchant) {
                    case "m1" -> d.add(Catalog.sku("m1", ids.chance(60) ? "GIFT-SET-A" : "SERUM-30"), 1);
                    case "m3" -> d.add(Catalog.sku("m3", ids.chance(50) ? "HM-TOWEL" : "HM-MUG"), 2 + random.nextInt(3));
                    default -> d.add(Catalog.regular("m2", random), 1);
                }
                ship(d, relative, relative.home);
                roughEdges(d, giver);
                emit(d);
            }
        }
    }

    /** People from abroad living in Japan: a romaji or Chinese-character name, a browser in their language, Japanese everything else. */
    private void legitForeignResidents(int people) {
        for (int i = 0; i < people; i++) {
            Names.ForeignName name = ids.pick(Names.FOREIGN);
            Shopper s = japanese();
            s.family = name.family();
            s.given = name.given();
            int k = ids.percent();
            if (k < 15) {
                s.family = s.family.toUpperCase(java.util.Locale.ROOT);
                s.given = s.given.toUpperCase(java.util.Locale.ROOT);
            } else if (k < 25 && !isHan(s.family)) {
                // Given name first, as at home.
                s.family = name.given();
                s.given = name.family();
            }
            int kana = ids.percent();
            if (kana < 60) {
                s.familyKana = name.familyKana();
                s.givenKana = name.givenKana();
            } else if (kana < 85) {
                s.familyKana = null;
                s.givenKana = null;
            } else {
                s.familyKana = isHan(name.family()) ? name.familyKana() : name.family();
                s.givenKana = isHan(name.given()) ? name.givenKana() : name.given();
            }
            String romaji = latin(name.family());
            String givenRomaji = latin(name.given());
            s.email = ids.unique(ids.local(romaji, givenRomaji),
                    ids.pick(new String[] {"gmail.com", "gmail.com", "gmail.com", "icloud.com", "outlook.com", "yahoo.com", "yahoo.co.jp"}));
            String language = ids.chance(75) ? name.language() : "en-US,en;q=0.9";
            s.browser = ids.browser(language, "Asia/Tokyo", ids.chance(75));
            if (ids.chance(25)) {
                s.card = ids.foreignCard(countryOf(name.language()));
            }
            for (ZonedDateTime t : anyTimes(1 + random.nextInt(3))) {
                Draft d = order(ReplayLabel.LEGIT_FOREIGN_RESIDENT, merchant(), t, s);
                basket(d);
                affiliateMaybe(d);
                shipHome(d);
                roughEdges(d, s);
                emit(d);
            }
        }
    }

    private static final Map<String, String> PINYIN = Map.of("王", "wang", "李", "li", "張", "zhang", "陳", "chen", "金", "kim",
            "偉", "wei", "娜", "na", "敏", "min", "怡君", "yijun", "民俊", "minjun");

    /** A name as its owner spells it in Latin letters for a mailbox. */
    private static String latin(String name) {
        return PINYIN.getOrDefault(name, name.toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
    }

    private static boolean isHan(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String countryOf(String acceptLanguage) {
        String tag = acceptLanguage.split("[,;]")[0];
        return switch (tag) {
            case "en-US", "en" -> "US";
            case "en-GB" -> "GB";
            case "en-AU" -> "AU";
            case "en-PH" -> "PH";
            case "en-IN" -> "IN";
            case "vi-VN", "vi" -> "VN";
            case "pt-BR" -> "BR";
            case "zh-CN" -> "CN";
            case "zh-TW" -> "TW";
            case "ko-KR" -> "KR";
            case "de-DE" -> "DE";
            case "fr-FR" -> "FR";
            default -> "ES";
        };
    }

    /** Furigana typed in half-width katakana, as older PCs and some keyboards do. */
    private void legitHalfWidthKana(int people) {
        for (int i = 0; i < people; i++) {
            Shopper s = japanese();
            s.familyKana = Names.halfWidth(Names.FAMILY.stream().filter(p -> p.kanji().equals(s.family)).findFirst().orElseThrow().kana());
            s.givenKana = Names.halfWidth(kanaOfGiven(s.given));
            if (ids.chance(30)) {
                s.phone = Places.fullWidth(s.phone.replaceAll("[^0-9-]", "")).replace("－", ids.chance(50) ? "－" : "ー");
            }
            for (ZonedDateTime t : anyTimes(1 + random.nextInt(2))) {
                Draft d = order(ReplayLabel.LEGIT_HALFWIDTH_KANA, merchant(), t, s);
                basket(d);
                affiliateMaybe(d);
                shipHome(d);
                roughEdges(d, s);
                emit(d);
            }
        }
    }

    private static String kanaOfGiven(String kanji) {
        for (Part p : Names.MALE) {
            if (p.kanji().equals(kanji)) {
                return p.kana();
            }
        }
        return Names.FEMALE.stream().filter(p -> p.kanji().equals(kanji)).findFirst().orElseThrow().kana();
    }

    private static final String[][] COMPANIES = {
            {"株式会社さくら商事", "sakura-shoji.co.jp"}, {"有限会社山本工務店", "yamamoto-koumuten.jp"},
            {"株式会社ミライデザイン", "mirai-design.co.jp"}, {"合同会社アオバ企画", "aoba-kikaku.jp"},
            {"株式会社東邦精機", "toho-seiki.co.jp"}, {"医療法人社団緑会 みどりクリニック", "midori-clinic.or.jp"},
            {"学校法人桜丘学園", "sakuragaoka-gakuen.ac.jp"}, {"株式会社ひかり会計事務所", "hikari-kaikei.jp"},
            {"株式会社北斗物産", "hokuto-bussan.co.jp"}, {"株式会社なごみ不動産", "nagomi-fudosan.co.jp"},
            {"株式会社テクノフロント", "technofront.co.jp"}, {"一般社団法人日本茶文化協会", "nihoncha-bunka.or.jp"},
            {"株式会社大和システムズ", "yamato-sys.co.jp"}, {"株式会社はなまる保育", "hanamaru-hoiku.jp"},
            {"税理士法人みなと", "minato-tax.jp"}, {"株式会社コスモ印刷", "cosmo-print.co.jp"},
            {"株式会社しおかぜ水産", "shiokaze-suisan.co.jp"}, {"株式会社グリーンファーム", "greenfarm-jp.com"},
            {"株式会社ネクストリンク", "nextlink-inc.jp"}, {"株式会社あさひ建設", "asahi-kensetsu.co.jp"},
            {"社会福祉法人ひだまり会", "hidamari-kai.or.jp"}, {"株式会社丸三商店", "marusan-shoten.co.jp"},
            {"株式会社イロドリ", "irodori-inc.co.jp"}, {"株式会社フジミ電機", "fujimi-denki.co.jp"},
            {"株式会社オフィスまつもと", "office-matsumoto.jp"}};

    /** Business buyers: staff of one company ordering supplies to the office, on invoice or a company card, in office hours. */
    private void legitCorporate(int companies) {
        String[] districts = {"13101", "13102", "13103", "13104", "27127", "27128", "23106", "40132", "01101", "14103", "26104", "28110",
                "34101", "22101"};
        for (int c = 0; c < companies; c++) {
            String[] company = COMPANIES[c % COMPANIES.length];
            Area area = places.inMunicipality(random, districts[random.nextInt(districts.length)]);
            Address office = places.office(area, company[0], random);
            String officePhone = ids.landline(area.prefCode());
            String officeIp = ids.homeIp();
            Card companyCard = ids.japaneseCard();
            Browser officePc = ids.browser(ids.chance(80) ? "ja,en-US;q=0.9,en;q=0.8" : "ja", "Asia/Tokyo", false);
            int staff = 1 + random.nextInt(3);
            for (int st = 0; st < staff; st++) {
                Shopper s = japanese(office, Names.family(random));
                s.email = ids.companyEmail(s.familyRomaji, s.givenRomaji, company[1]);
                s.phone = ids.chance(70) ? officePhone : s.phone;
                s.homeIp = officeIp;
                s.browser = officePc;
                s.card = companyCard;
                s.cardShare = 40;
                s.otherPayment = ids.chance(65) ? "invoice" : "bank_transfer";
                s.registers = true;
                for (String m : MERCHANTS) {
                    if (ids.chance(60)) {
                        s.customerBefore.add(m);
                    }
                }
                List<ZonedDateTime> times = new ArrayList<>();
                for (int o = 1 + random.nextInt(5); o > 0; o--) {
                    times.add(officeHours(random.nextInt(DAYS)));
                }
                times.sort(Comparator.naturalOrder());
                for (ZonedDateTime t : times) {
                    String merchant = ids.pick(new String[] {"m2", "m2", "m3", "m3", "m1"});
                    Draft d = order(ReplayLabel.LEGIT_CORPORATE, merchant, t, s);
                    d.cookie = Shopper.cookieOf(officePc, merchant, st);
                    d.ip = officeIp;
                    switch (merchant) {
                        case "m2" -> {
                            Catalog.Product p = Catalog.sku("m2",
                                    ids.pick(new String[] {"CBL-USBC-1M", "CHG-65W", "SSD-1TB", "EP-WL200", "TAB-11-128", "PC-NOTE14"}));
                            d.add(p, p.price() > 50000 ? 1 + random.nextInt(3) : 2 + random.nextInt(9));
                        }
                        case "m3" -> {
                            d.add(Catalog.sku("m3", "ST-PEN-05"), 10 * (1 + random.nextInt(5)));
                            d.add(Catalog.sku("m3", "ST-NOTE-A5"), 10 * (1 + random.nextInt(10)));
                        }
                        default -> d.add(Catalog.sku("m1", "GIFT-SET-A"), 5 + random.nextInt(16));
                    }
                    if (ids.chance(15)) {
                        // To a branch office.
                        Area branch = places.inMunicipality(random, districts[random.nextInt(districts.length)]);
                        Shopper colleague = japanese(places.office(branch, company[0] + " 支店", random), Names.family(random));
                        colleague.phone = ids.landline(branch.prefCode());
                        ship(d, colleague, colleague.home);
                    } else {
                        shipHome(d);
                    }
                    emit(d);
                }
            }
        }
    }

    // ------------------------------------------------------------------ fraud

    /**
     * Credit-master card testing: a burst of many cards under one BIN with sequential last four digits, small
     * amounts, at night. Some bursts keep one device and one IP; others clear cookies or rotate proxies.
     */
    private void cardTesting(int bursts) {
        for (int b = 0; b < bursts; b++) {
            String merchant = b % 3 == 2 ? "m2" : "m3";
            ZonedDateTime t = lateNight(random.nextInt(DAYS));
            Card template = ids.japaneseCard();
            int last4 = 1000 + random.nextInt(8000);
            int attempts = 6 + random.nextInt(17);
            boolean rotateCookies = ids.chance(40);
            boolean rotateIps = ids.chance(50);
            boolean oneIdentity = ids.chance(50);
            boolean headless = ids.chance(25);
            String foreign = ids.chance(60) ? ids.pick(new String[] {"CN", "VN", "US", "RU", "NG"}) : null;
            List<String[]> proxies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                proxies.add(foreign == null || ids.chance(30) ? new String[] {ids.japaneseDatacenterIp(), "JP"} : ids.foreignIp(foreign));
            }
            String[] ip = proxies.get(0);
            Browser browser = ids.browser(ids.chance(50) ? "ja-JP,ja;q=0.9" : "en-US,en;q=0.9",
                    ids.chance(40) ? "Asia/Tokyo" : ids.pick(new String[] {"UTC", "Asia/Shanghai", "Europe/Moscow"}), false);
            Shopper front = japanese();
            front.email = ids.chance(50) ? ids.disposableEmail() : ids.unique(ids.generatedLocal(), "gmail.com");
            int cookieResets = 0;
            for (int a = 0; a < attempts; a++) {
                t = t.plusSeconds(15 + random.nextInt(170));
                Shopper buyer = oneIdentity ? front : japanese();
                if (!oneIdentity && ids.chance(60)) {
                    buyer.email = ids.unique(ids.generatedLocal(), ids.pick(new String[] {"gmail.com", "outlook.com", "yahoo.co.jp"}));
                }
                Draft d = new Draft(ReplayLabel.FRAUD_CARD_TESTING, merchant, t);
                d.family = buyer.family;
                d.given = buyer.given;
                d.familyKana = buyer.familyKana;
                d.givenKana = buyer.givenKana;
                d.email = buyer.email;
                d.phone = ids.chance(30) ? ids.dummyPhone() : buyer.phone;
                d.isNewCustomer = true;
                d.billing = buyer.home;
                last4 += 1 + random.nextInt(ids.chance(70) ? 3 : 40);
                Card card = ids.card(template.bin(), template.brand(), String.format("%04d", last4 % 10000));
                d.method = "card";
                d.card = card;
                int s = ids.percent();
                if (s < 25) {
                    d.transStatus = "N";
                    d.eci = "07";
                } else if (s < 40) {
                    d.transStatus = "U";
                    d.eci = "07";
                } else if (s < 50) {
                    d.transStatus = "R";
                } else if (s < 58) {
                    d.transStatus = "Y";
                    d.eci = "05";
                }
                if (merchant.equals("m3")) {
                    d.add(Catalog.sku("m3", ids.pick(new String[] {"DL-WALLPAPER", "DL-PLANNER", "ST-STICKER", "ST-PEN-05"})), 1);
                } else {
                    d.add(Catalog.sku("m2", ids.chance(60) ? "GIFTCODE-3000" : "CBL-USBC-1M"), 1);
                }
                shipHome(d);
                if (rotateIps) {
                    ip = proxies.get(random.nextInt(proxies.size()));
                }
                d.ip = ip[0];
                d.ipCountry = ip[1];
                d.userAgent = headless ? Identities.HEADLESS : browser.userAgent();
                d.acceptLanguage = browser.acceptLanguage();
                d.timezone = merchant.equals("m2") ? null : browser.timezone();
                if (rotateCookies) {
                    cookieResets++;
                }
                d.cookie = Shopper.cookieOf(browser, merchant, cookieResets);
                emit(d);
            }
        }
    }

    /**
     * 買い回り: one reseller buying a once-per-customer product again and again at one address, under variants
     * of their own name, family members' names, fresh mail addresses and sometimes another phone.
     */
    private void resaleRings(int rings) {
        for (int r = 0; r < rings; r++) {
            Shopper reseller = japanese();
            reseller.registers = false;
            String merchant = r % 3 == 2 ? "m3" : "m1";
            Catalog.Product trial = Catalog.trial(merchant, random);
            List<Shopper> aliases = new ArrayList<>();
            int orders = 5 + random.nextInt(7);
            for (int k = 0; k < orders; k++) {
                Shopper alias = japanese(reseller.home, ids.chance(70) ? new Part(reseller.family, reseller.familyKana, reseller.familyRomaji)
                        : Names.family(random));
                alias.customerBefore.clear();
                alias.registers = ids.chance(60);
                alias.homeIp = reseller.homeIp;
                int v = ids.percent();
                if (v < 25) {
                    // Their own name written another way.
                    alias.family = Names.VARIANT_KANJI.getOrDefault(reseller.family, reseller.family);
                    alias.given = Names.VARIANT_KANJI.getOrDefault(reseller.given, reseller.given);
                    alias.familyKana = reseller.familyKana;
                    alias.givenKana = Names.longVowel(reseller.givenKana);
                } else if (v < 40) {
                    alias.family = reseller.familyKana;
                    alias.given = reseller.givenKana;
                    alias.familyKana = reseller.familyKana;
                    alias.givenKana = reseller.givenKana;
                } else if (v < 50) {
                    alias.family = reseller.familyRomaji.toUpperCase(java.util.Locale.ROOT);
                    alias.given = reseller.givenRomaji.toUpperCase(java.util.Locale.ROOT);
                    alias.familyKana = reseller.familyKana;
                    alias.givenKana = reseller.givenKana;
                }
                alias.email = ids.chance(30) && reseller.email.endsWith("@gmail.com")
                        ? dotted(reseller.email) : ids.personalEmail(alias.familyRomaji, alias.givenRomaji, reseller.carrier);
                alias.phone = ids.chance(50) ? reseller.phone : ids.mobilePhone();
                alias.browser = ids.chance(60) ? reseller.browser : ids.japaneseBrowser();
                alias.carrier = reseller.carrier;
                alias.card = ids.chance(35) ? reseller.card : ids.japaneseCard();
                alias.cardShare = 50;
                alias.otherPayment = ids.pick(new String[] {"cod", "konbini", "deferred"});
                // The address written differently: room number style, building left out.
                if (ids.chance(50)) {
                    Address h = reseller.home;
                    String line2 = h.line2().isEmpty() ? "" : ids.chance(50) ? h.line2().replaceAll("[^0-9]", "") : h.line2().replace("号室", "");
                    alias.home = new Address(Places.postalCode(h.area(), random), h.region(), h.locality(), h.line1(), line2, h.area());
                }
                aliases.add(alias);
            }
            int start = random.nextInt(DAYS - 10);
            ZonedDateTime t = timeOn(start);
            for (Shopper alias : aliases) {
                t = t.plusHours(4 + random.nextInt(60));
                Draft d = order(ReplayLabel.FRAUD_RESALE_RING, merchant, t, alias);
                d.isNewCustomer = true;
                d.add(trial, 1);
                if (ids.chance(20)) {
                    d.add(Catalog.trial(merchant, random), 1);
                }
                if (merchant.equals("m1") && ids.chance(40)) {
                    d.affiliate = ids.pick(affiliates);
                }
                shipHome(d);
                emit(d);
            }
        }
    }

    /** A Gmail address with dots moved: the same mailbox to Google, another address to a shop. */
    private String dotted(String email) {
        String local = email.substring(0, email.indexOf('@')).replace(".", "");
        int cut = 1 + random.nextInt(Math.max(1, local.length() - 2));
        return ids.unique(local.substring(0, cut) + "." + local.substring(cut), "gmail.com");
    }

    /**
     * A fraudster caught at one shop (a chargeback or a confirmed fraud, reported days later) who comes back
     * at another shop with a new card but some of the same identity: phone, mail, address or device.
     */
    private void negativeList(int fraudsters) {
        for (int f = 0; f < fraudsters; f++) {
            Shopper crook = japanese();
            crook.customerBefore.clear();
            crook.cardShare = 100;
            String first = ids.pick(new String[] {"m2", "m2", "m1", "m3"});
            int day = random.nextInt(DAYS / 2);
            Draft offence = order(ReplayLabel.FRAUD_NEGATIVE_LIST, first, timeOn(day), crook);
            offence.add(Catalog.sku(first, first.equals("m2") ? ids.pick(new String[] {"GAME-PRO", "TAB-11-128", "HP-NC700", "WATCH-S3"})
                    : first.equals("m1") ? "GIFT-SET-A" : "FUKU-2027"), first.equals("m2") ? 1 : 2 + random.nextInt(3));
            shipHome(offence);
            emit(offence);
            ZonedDateTime reported = offence.at.plusDays(2 + random.nextInt(5)).withHour(10 + random.nextInt(8));
            feedback(offence, ids.chance(60) ? "chargeback" : "fraud_confirmed", reported);

            int returns = 1 + random.nextInt(3);
            ZonedDateTime t = reported.plusHours(12 + random.nextInt(96));
            for (int r = 0; r < returns; r++) {
                String merchant;
                do {
                    merchant = ids.pick(MERCHANTS);
                } while (merchant.equals(first));
                Shopper again = japanese(crook.home, Names.family(random));
                boolean sameEmail = ids.chance(45);
                boolean samePhone = ids.chance(55);
                boolean sameAddress = ids.chance(65);
                boolean sameDevice = ids.chance(40);
                if (!sameEmail && !samePhone && !sameAddress && !sameDevice) {
                    samePhone = true;
                }
                if (ids.chance(50)) {
                    again.family = crook.family;
                    again.given = crook.given;
                    again.familyKana = crook.familyKana;
                    again.givenKana = crook.givenKana;
                }
                again.customerBefore.clear();
                again.email = sameEmail ? crook.email : again.email;
                again.phone = samePhone ? crook.phone : again.phone;
                again.home = sameAddress ? crook.home : places.home(places.anywhere(random), random);
                again.browser = sameDevice ? crook.browser : again.browser;
                again.homeIp = ids.chance(50) ? crook.homeIp : again.homeIp;
                again.cardShare = 80;
                again.otherPayment = "cod";
                Draft d = order(ReplayLabel.FRAUD_NEGATIVE_LIST, merchant, t, again);
                d.add(Catalog.regular(merchant, random), 1 + random.nextInt(2));
                shipHome(d);
                emit(d);
                t = t.plusHours(6 + random.nextInt(120));
            }
        }
    }

    /**
     * A ring abroad using stolen Japanese identities: a Japanese name and address, furigana that often do not
     * read the name, a foreign IP, browser language and time zone (each sometimes hidden behind a Japanese
     * proxy or a browser set to Japanese), parcels to a drop address.
     */
    private void foreignImpersonation(int identities) {
        List<Browser> ringDevices = new ArrayList<>();
        for (int i = 0; i < identities; i++) {
            String country = ids.pick(new String[] {"CN", "CN", "CN", "VN", "HK", "US", "TW"});
            String language = switch (country) {
                case "CN" -> "zh-CN,zh;q=0.9";
                case "VN" -> "vi-VN,vi;q=0.9,en;q=0.8";
                case "HK" -> "zh-HK,zh;q=0.9,en;q=0.8";
                case "TW" -> "zh-TW,zh;q=0.9";
                default -> "en-US,en;q=0.9";
            };
            String zone = switch (country) {
                case "CN" -> "Asia/Shanghai";
                case "VN" -> "Asia/Ho_Chi_Minh";
                case "HK" -> "Asia/Hong_Kong";
                case "TW" -> "Asia/Taipei";
                default -> "America/Los_Angeles";
            };
            if (ids.chance(20)) {
                language = "ja-JP,ja;q=0.9";
            }
            if (ids.chance(15)) {
                zone = "Asia/Tokyo";
            }
            Browser browser;
            if (!ringDevices.isEmpty() && ids.chance(40)) {
                browser = ids.pick(ringDevices);
            } else {
                browser = ids.browser(language, zone, ids.chance(40));
                ringDevices.add(browser);
            }
            Shopper victim = japanese();
            victim.customerBefore.clear();
            victim.registers = ids.chance(40);
            victim.browser = browser;
            int kana = ids.percent();
            if (kana < 35) {
                // The reading of another name.
                Part other = Names.family(random);
                victim.familyKana = other.kanji().equals(victim.family) ? "チン" : other.kana();
            } else if (kana < 50) {
                Part given = Names.given(random, random.nextBoolean());
                victim.givenKana = given.kanji().equals(victim.given) ? "ワン" : given.kana();
            } else if (kana < 58) {
                victim.familyKana = "アアア";
                victim.givenKana = "イイ";
            }
            if (ids.chance(45)) {
                victim.email = ids.unique(ids.chance(50) ? ids.generatedLocal() : victim.familyRomaji + victim.givenRomaji + ids.digits(3),
                        ids.pick(new String[] {"gmail.com", "outlook.com", "hotmail.com", "qq.com", "163.com", "yahoo.co.jp"}));
            }
            int ph = ids.percent();
            victim.phone = ph < 40 ? victim.phone : ph < 80 ? ids.mobilePhone() : ids.dummyPhone();
            victim.card = ids.japaneseCard();
            victim.cardShare = 100;
            String[] ip = ids.chance(70) ? ids.foreignIp(country) : new String[] {ids.chance(50) ? ids.japaneseDatacenterIp() : ids.homeIp(), "JP"};
            Shopper drop = ids.chance(60) ? japanese() : null;
            int orders = 1 + random.nextInt(3);
            ZonedDateTime t = anyTime();
            for (int o = 0; o < orders; o++) {
                String merchant = ids.pick(new String[] {"m2", "m2", "m2", "m1", "m1", "m3"});
                Draft d = order(ReplayLabel.FRAUD_FOREIGN_IMPERSONATION, merchant, t, victim);
                d.isNewCustomer = true;
                d.ip = ip[0];
                d.ipCountry = ip[1];
                int s = ids.percent();
                d.transStatus = s < 40 ? "Y" : s < 55 ? "N" : s < 70 ? "U" : null;
                d.eci = "Y".equals(d.transStatus) ? "05" : "N".equals(d.transStatus) ? "07" : null;
                switch (merchant) {
                    case "m2" -> d.add(Catalog.sku("m2", ids.pick(new String[] {"GAME-PRO", "GAME-HANDY", "PC-NOTE14", "CAM-ML-BODY", "TAB-11-128"})),
                            1 + (ids.chance(30) ? 1 : 0));
                    case "m1" -> d.add(Catalog.sku("m1", ids.pick(new String[] {"SERUM-30", "CREAM-40", "GIFT-SET-A"})), 3 + random.nextInt(6));
                    default -> d.add(Catalog.sku("m3", "FUKU-2027"), 1);
                }
                if (drop != null) {
                    ship(d, drop, drop.home);
                } else {
                    shipHome(d);
                }
                emit(d);
                t = t.plusHours(1 + random.nextInt(30));
            }
        }
    }

    /**
     * An affiliate ordering through their own link to earn the new-customer reward: made-up buyers, fresh
     * mail addresses, from their own computer and line to their own or a relative's address.
     */
    private void affiliateSelfReferral(int affiliatesCheating) {
        for (int a = 0; a < affiliatesCheating; a++) {
            Shopper affiliate = japanese();
            String id = "af-" + (1000 + random.nextInt(9000));
            Address relative = places.home(places.nearby(affiliate.home.area(), random), random);
            int orders = 4 + random.nextInt(7);
            ZonedDateTime t = timeOn(random.nextInt(DAYS - 5));
            int cookieResets = 0;
            for (int o = 0; o < orders; o++) {
                Shopper buyer = japanese(ids.chance(60) ? affiliate.home : relative, Names.family(random));
                buyer.customerBefore.clear();
                buyer.phone = ids.chance(30) ? affiliate.phone : buyer.phone;
                buyer.browser = affiliate.browser;
                buyer.homeIp = affiliate.homeIp;
                buyer.carrier = affiliate.carrier;
                buyer.card = ids.chance(30) ? affiliate.card : buyer.card;
                Draft d = order(ReplayLabel.FRAUD_AFFILIATE_SELF_REFERRAL, "m1", t, buyer);
                if (ids.chance(40)) {
                    cookieResets++;
                }
                d.cookie = Shopper.cookieOf(affiliate.browser, "m1", cookieResets);
                d.ip = ids.chance(80) ? affiliate.homeIp : ids.mobileIp(affiliate.carrier);
                d.isNewCustomer = true;
                d.affiliate = id;
                d.add(Catalog.trial("m1", random), 1);
                shipHome(d);
                emit(d);
                t = t.plusHours(2 + random.nextInt(20));
            }
        }
    }

    /**
     * Orders under identities made to be thrown away: a disposable or bulk-made mailbox, a dummy phone, sometimes
     * an address without a block number; paid later, on delivery, or with a stolen card.
     */
    private void disposableIdentities(int orders) {
        for (int i = 0; i < orders; i++) {
            Shopper s = japanese();
            s.customerBefore.clear();
            s.registers = ids.chance(30);
            s.email = ids.chance(65) ? ids.disposableEmail() : ids.unique(ids.generatedLocal(), "gmail.com");
            if (ids.chance(55)) {
                s.phone = ids.dummyPhone();
            } else if (ids.chance(30)) {
                s.phone = ids.ipPhone();
            }
            if (ids.chance(15)) {
                s.family = "山田";
                s.given = "太郎";
                s.familyKana = "ヤマダ";
                s.givenKana = "タロウ";
            }
            if (ids.chance(30)) {
                s.home = new Address(s.home.postalCode(), s.home.region(), s.home.locality(), s.home.area().town(), s.home.line2(), s.home.area());
            }
            s.cardShare = 40;
            s.otherPayment = ids.chance(65) ? "deferred" : "cod";
            if (ids.chance(40)) {
                s.homeIp = ids.japaneseDatacenterIp();
            }
            String merchant = merchant();
            Draft d = order(ReplayLabel.FRAUD_DISPOSABLE_IDENTITY, merchant, anyTime(), s);
            d.isNewCustomer = true;
            if (d.card != null) {
                d.transStatus = ids.chance(50) ? d.transStatus : null;
            }
            Catalog.Product p = merchant.equals("m2") ? Catalog.sku("m2", ids.pick(new String[] {"GAME-HANDY", "EP-WL200", "WATCH-S3", "SSD-1TB"}))
                    : Catalog.regular(merchant, random);
            d.add(p, 1 + random.nextInt(3));
            shipHome(d);
            emit(d);
        }
    }

    /** Made-up forwarding companies in real warehouse districts; the customer code goes on the address. */
    private static final String[][] FORWARDERS = {
            {"2720127", "ジャパンフォワード 市川倉庫", "JFW"}, {"5590034", "ワールドポート南港センター", "WP"},
            {"1430001", "グローバル転送 東海ロジ", "GT"}, {"2750024", "スカイシップ 習志野DC", "SKY"},
            {"1360082", "トランスパック新木場", "TPX"}};

    /**
     * Stolen cards, goods shipped to a forwarding warehouse in Japan that sends them abroad: the customer code
     * on the address, a buyer often abroad by IP and browser, sometimes a foreign billing address or card.
     */
    private void forwarding(int buyers) {
        for (int i = 0; i < buyers; i++) {
            String[] forwarder = FORWARDERS[random.nextInt(FORWARDERS.length)];
            Area warehouse = places.at(forwarder[0]);
            String code = forwarder[2] + (ids.chance(50) ? "-" : "") + ids.digits(6);
            String country = ids.pick(new String[] {"US", "CN", "HK", "SG", "NG", "RU", "TW"});
            Shopper buyer = japanese();
            buyer.customerBefore.clear();
            buyer.registers = ids.chance(50);
            boolean foreignBuyer = ids.chance(50);
            if (foreignBuyer) {
                Names.ForeignName n = ids.pick(Names.FOREIGN);
                buyer.family = n.family();
                buyer.given = n.given();
                buyer.familyKana = ids.chance(50) ? n.familyKana() : null;
                buyer.givenKana = buyer.familyKana == null ? null : n.givenKana();
                buyer.email = ids.unique(ids.local(n.family().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "x"), "x"),
                        ids.pick(new String[] {"gmail.com", "outlook.com", "yahoo.com", "proton.me"}));
            }
            buyer.cardShare = 100;
            buyer.card = ids.chance(35) ? ids.foreignCard(country) : ids.japaneseCard();
            boolean abroad = ids.chance(70);
            String[] ip = abroad ? ids.foreignIp(country) : new String[] {ids.japaneseDatacenterIp(), "JP"};
            String language = abroad ? (country.equals("CN") || country.equals("HK") || country.equals("TW") ? "zh-CN,zh;q=0.9" : "en-US,en;q=0.9")
                    : "ja-JP,ja;q=0.9";
            buyer.browser = ids.browser(language, abroad ? ids.pick(new String[] {"America/New_York", "Asia/Shanghai", "Asia/Singapore", "UTC"})
                    : "Asia/Tokyo", ids.chance(30));
            String line2 = forwarder[1] + " " + code;
            Address address = new Address(Places.postalCode(warehouse, random), warehouse.prefecture(), warehouse.municipality(),
                    warehouse.town() + Places.urbanBlock(random), line2, warehouse);
            int orders = 1 + (ids.chance(40) ? 1 + random.nextInt(2) : 0);
            ZonedDateTime t = anyTime();
            for (int o = 0; o < orders; o++) {
                String merchant = ids.pick(new String[] {"m2", "m2", "m2", "m1", "m3"});
                Draft d = order(ReplayLabel.FRAUD_FORWARDING, merchant, t, buyer);
                d.isNewCustomer = true;
                if (foreignBuyer && ids.chance(60)) {
                    d.billing = null;
                    d.foreignBilling = new Draft.ForeignAddress(country, ids.digits(5), null, "Los Angeles", (100 + random.nextInt(900)) + " Main St",
                            null);
                } else if (!foreignBuyer && ids.chance(50)) {
                    d.billing = address;
                }
                d.ip = ip[0];
                d.ipCountry = ip[1];
                switch (merchant) {
                    case "m2" -> d.add(Catalog.sku("m2", ids.pick(new String[] {"GAME-HANDY", "GAME-PRO", "CAM-ML-BODY", "HP-NC700"})), 1 + random.nextInt(2));
                    case "m1" -> d.add(Catalog.sku("m1", "SERUM-30"), 4 + random.nextInt(6));
                    default -> d.add(Catalog.sku("m3", "FUKU-2027"), 1);
                }
                d.shipping.add(new Draft.Shipment(buyer.family, buyer.given, buyer.familyKana, buyer.givenKana, buyer.phone, address));
                emit(d);
                t = t.plusHours(3 + random.nextInt(72));
            }
        }
    }

    /**
     * Chargebacks arrive weeks after the order: some card-paid fraud orders of the earlier weeks are reported
     * within the simulated time, and a few genuine buyers are confirmed after a clerk called them.
     */
    private void chargebacks() {
        List<Event> orders = new ArrayList<>(events);
        for (Event e : orders) {
            Draft d = e.order();
            if (d == null) {
                continue;
            }
            if (d.label.isFraud() && d.label != ReplayLabel.FRAUD_NEGATIVE_LIST && d.label != ReplayLabel.FRAUD_CARD_TESTING
                    && d.card != null && ids.chance(30)) {
                feedback(d, ids.chance(70) ? "chargeback" : "fraud_confirmed", d.at.plusDays(7 + random.nextInt(15)).withHour(11));
            } else if (!d.label.isFraud() && ids.chance(1)) {
                feedback(d, "legit_confirmed", d.at.plusDays(1).withHour(15));
            }
        }
    }
}
