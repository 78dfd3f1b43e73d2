package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityKeyerTest {

    private static final byte[] PEPPER = "mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8);

    private final IdentityKeyer keyer = new IdentityKeyer(PEPPER);

    @Test
    void theKeyIsTheHmacSha256OfKindAndValue() {
        // openssl: printf 'email:taroyamada@gmail.com' | openssl dgst -sha256 -hmac mamori-test-pepper-0001
        // Stored history and velocity hold these keys: changing how they are made forgets every buyer.
        assertThat(keyer.key(IdentityKind.EMAIL, "taroyamada@gmail.com"))
                .isEqualTo(new IdentityKey(IdentityKind.EMAIL, "805ec126b3b086f86a0707143b41cc45956f52fc1c8e64c55a07ed3190639501"));
    }

    @Test
    void theKindIsPartOfTheHashedValue() {
        // HMAC-SHA256(pepper, "taroyamada@gmail.com") without the "email:" prefix
        assertThat(keyer.key(IdentityKind.EMAIL, "taroyamada@gmail.com").hash())
                .isNotEqualTo("a041c342408dae22bfb2ca96e375bcff27120d0eebaad4f0067a6f7dcf0095cf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"taroyamada@gmail.com", "hanako.sato@docomo.ne.jp", "ichiro_suzuki@yahoo.co.jp", "", "山田太郎"})
    void aKeyIs64LowerCaseHexCharacters(String value) {
        IdentityKey key = keyer.key(IdentityKind.EMAIL, value);

        assertThat(key.kind()).isEqualTo(IdentityKind.EMAIL);
        assertThat(key.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void theSamePepperAlwaysGivesTheSameKey() {
        IdentityKeyer restarted = new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8));

        assertThat(restarted.key(IdentityKind.EMAIL, "hanako.sato@docomo.ne.jp"))
                .isEqualTo(keyer.key(IdentityKind.EMAIL, "hanako.sato@docomo.ne.jp"))
                .isEqualTo(keyer.key(IdentityKind.EMAIL, "hanako.sato@docomo.ne.jp"));
    }

    @Test
    void anotherPepperGivesAnotherKey() {
        IdentityKeyer otherInstance = new IdentityKeyer("mamori-test-pepper-0002".getBytes(StandardCharsets.UTF_8));

        assertThat(otherInstance.key(IdentityKind.EMAIL, "taroyamada@gmail.com"))
                .isNotEqualTo(keyer.key(IdentityKind.EMAIL, "taroyamada@gmail.com"));
    }

    @Test
    void anotherValueGivesAnotherKey() {
        assertThat(keyer.key(IdentityKind.EMAIL, "taroyamada@gmail.com"))
                .isNotEqualTo(keyer.key(IdentityKind.EMAIL, "taroyamada@yahoo.co.jp"));
    }

    @Test
    void changingThePepperArrayAfterwardsDoesNotChangeTheKeys() {
        byte[] pepper = "mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8);
        IdentityKeyer keyed = new IdentityKeyer(pepper);

        pepper[0] = 'X';

        assertThat(keyed.key(IdentityKind.EMAIL, "taroyamada@gmail.com")).isEqualTo(keyer.key(IdentityKind.EMAIL, "taroyamada@gmail.com"));
    }

    @Test
    void refusesAPepperShorterThan16Bytes() {
        assertThatThrownBy(() -> new IdentityKeyer(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }

    @Test
    void acceptsAPepperOfExactly16Bytes() {
        assertThat(new IdentityKeyer(new byte[16]).key(IdentityKind.EMAIL, "taroyamada@gmail.com").hash()).hasSize(64);
    }

    @Test
    void keysMadeOnManyThreadsAtOnceAreTheSameAsOnOne() {
        List<String> values = IntStream.range(0, 4_000).mapToObj(i -> "buyer" + i + "@docomo.ne.jp").toList();
        IdentityKeyer sequential = new IdentityKeyer(PEPPER);

        List<IdentityKey> parallel = values.parallelStream().map(v -> keyer.key(IdentityKind.EMAIL, v)).toList();
        List<IdentityKey> expected = values.stream().map(v -> sequential.key(IdentityKind.EMAIL, v)).toList();

        assertThat(parallel).isEqualTo(expected).doesNotHaveDuplicates();
    }
}
