package jp.mamori.connector.signature;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** How a sender writes a signature as text. */
public enum Encoding {

    /** Lowercase hexadecimal, as Stripe and EC-CUBE send it. Uppercase is read as the same bytes. */
    HEX {
        @Override
        String encode(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }

        @Override
        Optional<byte[]> decode(String text) {
            try {
                return Optional.of(HexFormat.of().parseHex(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    },

    /** Standard base64 with padding, as WooCommerce and Adyen send it. */
    BASE64 {
        @Override
        String encode(byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        Optional<byte[]> decode(String text) {
            try {
                return Optional.of(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    };

    abstract String encode(byte[] bytes);

    /** The bytes {@code text} stands for, or empty when it is not well-formed in this encoding. */
    abstract Optional<byte[]> decode(String text);
}
