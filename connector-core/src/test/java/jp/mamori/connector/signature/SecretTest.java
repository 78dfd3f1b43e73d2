package jp.mamori.connector.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {

    private static final byte[] BODY = "[{\"entity\":\"Order\",\"id\":1024,\"action\":\"created\"}]".getBytes(UTF_8);

    @Test
    void neverShowsItselfInToString() {
        Secret utf8 = Secret.utf8("whsec_live_51Hx");
        Secret hex = Secret.hex("DFB1EB5485895CFA");
        HmacSignatures signatures = new HmacSignatures(Encoding.HEX, List.of(utf8, hex));

        assertThat(utf8).hasToString("Secret[redacted]");
        assertThat(hex).hasToString("Secret[redacted]");
        assertThat(signatures.toString()).doesNotContain("whsec", "51Hx", "DFB1", "dfb1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DFB1EB5485895CFG", "DFB1EB5485895CF", "0xDFB1EB5485895CFA", " DFB1EB5485895CFA"})
    void refusesAMalformedHexKeyWithoutQuotingIt(String hex) {
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.hex(hex))
                .withMessage("a hex key must be an even number of hex digits")
                .withNoCause();
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.utf8(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.hex(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Secret.of(new byte[0]));
    }

    @Test
    void readsAHexKeyAsItsBytesNotItsText() {
        String hex = "dfb1eb5485895cfa";
        byte[] bytes = {(byte) 0xdf, (byte) 0xb1, (byte) 0xeb, 0x54, (byte) 0x85, (byte) 0x89, 0x5c, (byte) 0xfa};

        assertThat(Secret.hex(hex).sign(BODY)).isEqualTo(Secret.of(bytes).sign(BODY))
                .isNotEqualTo(Secret.utf8(hex).sign(BODY));
    }

    @Test
    void keepsItsOwnCopyOfTheKey() {
        byte[] key = "eccube-webhook-secret".getBytes(UTF_8);
        Secret secret = Secret.of(key);
        byte[] before = secret.sign(BODY);

        key[0] ^= 1;

        assertThat(secret.sign(BODY)).isEqualTo(before);
    }
}
