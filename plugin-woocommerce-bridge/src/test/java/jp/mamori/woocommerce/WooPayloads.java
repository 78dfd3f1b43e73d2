package jp.mamori.woocommerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded-style WooCommerce bodies under src/test/resources/woocommerce, byte for byte. */
final class WooPayloads {

    static final String TOKYO = "order-created-tokyo.json";
    static final String BANK_TRANSFER = "order-on-hold-bank-transfer.json";
    static final String GUEST = "order-guest-okinawa.json";
    static final String FIRST_PURCHASE = "order-multi-item-first-purchase.json";
    static final String ECHO = "order-updated-echo.json";

    private WooPayloads() {
    }

    static byte[] read(String name) {
        try (InputStream in = WooPayloads.class.getResourceAsStream("/woocommerce/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test payload " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
