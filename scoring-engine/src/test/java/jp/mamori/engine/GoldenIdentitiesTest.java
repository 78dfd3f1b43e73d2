package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.AddressParser;
import jp.mamori.engine.normalize.OrderNormalizer;

/** The golden table: pairs of one identity written two ways, and whether their keys must be equal. */
class GoldenIdentitiesTest {

    private static final String TABLE = "/jp/mamori/engine/normalize/golden-identities.tsv";
    private static final IdentityKeys KEYS = new IdentityKeys(OrderNormalizer.bundled(),
            new IdentityKeyer("golden-table-pepper-0123456789".getBytes(StandardCharsets.UTF_8)));

    record Case(boolean same, IdentityKind kind, String a, String b, String note) {
        @Override
        public String toString() {
            return (same ? "same " : "different ") + kind.label() + ": " + note;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                GoldenIdentitiesTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0].equals("same"), IdentityKind.fromLabel(f[1]), f[2], f[3], f[4]));
            }
        }
        return cases;
    }

    static Stream<Arguments> table() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void keysAgreeExactlyWhenTheIdentityIsTheSame(Case c) {
        IdentityKey a = keyOf(c.kind(), c.a());
        IdentityKey b = keyOf(c.kind(), c.b());
        if (c.same()) {
            assertThat(a).as(c.a() + " vs " + c.b()).isEqualTo(b);
        } else {
            assertThat(a).as(c.a() + " vs " + c.b()).isNotEqualTo(b);
        }
    }

    @Test
    void tableIsLargeAndCoversEveryPrefecture() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases).filteredOn(Case::same).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases).filteredOn(c -> !c.same()).hasSizeGreaterThanOrEqualTo(100);
        Set<String> prefectures = new HashSet<>();
        for (Case c : cases) {
            if (c.kind() == IdentityKind.ADDRESS) {
                prefectures.add(AddressParser.bundled().parse(address(c.a())).prefecture());
                prefectures.add(AddressParser.bundled().parse(address(c.b())).prefecture());
            }
        }
        prefectures.remove("");
        assertThat(prefectures).hasSize(47);
    }

    /** The one key of {@code kind} that a request holding just this identity gives. */
    private static IdentityKey keyOf(IdentityKind kind, String value) {
        ScreeningRequest request = request(kind, value);
        List<IdentityKey> keys = KEYS.of(request).stream().filter(k -> k.kind() == kind).toList();
        assertThat(keys).as("keys of kind %s for %s", kind, value).hasSize(1);
        return keys.get(0);
    }

    private static ScreeningRequest request(IdentityKind kind, String value) {
        switch (kind) {
            case ADDRESS:
                return new ScreeningRequest("o", null, null, null, address(value), null, null, null, null, null);
            case NAME_ADDRESS: {
                int at = value.indexOf('@');
                Buyer buyer = new Buyer(new PersonName(value.substring(0, at), null, null, null), null, null, null, null);
                return new ScreeningRequest("o", null, null, buyer, address(value.substring(at + 1)), null, null, null, null, null);
            }
            case KANA_PHONE: {
                int at = value.indexOf('@');
                Buyer buyer = new Buyer(new PersonName("山田", "太郎", value.substring(0, at), null), null,
                        value.substring(at + 1), null, null);
                return new ScreeningRequest("o", null, null, buyer, null, null, null, null, null, null);
            }
            case PHONE:
                return new ScreeningRequest("o", null, null, new Buyer(null, null, value, null, null), null, null, null, null, null, null);
            case EMAIL:
                return new ScreeningRequest("o", null, null, new Buyer(null, value, null, null, null), null, null, null, null, null, null);
            default:
                throw new IllegalArgumentException("no golden cases for " + kind);
        }
    }

    private static Address address(String value) {
        String[] f = value.split("\\^", -1);
        return new Address("JP", f[0], f[1], f[2], f[3], f[4]);
    }
}
