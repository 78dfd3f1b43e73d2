package jp.mamori.eccube;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL answers of an EC-CUBE 4.2 shop with Api42, written for these tests under {@code src/test/resources/eccube}. */
final class EcCubeFixtures {

    static final String TOKYO_CARD = "order-tokyo-card.json";
    static final String OSAKA_BANK_TRANSFER_PAID = "order-osaka-bank-transfer-paid.json";
    static final String GUEST_HOKKAIDO_GIFT = "order-guest-hokkaido-gift.json";
    static final String CHECKOUT_IN_PROGRESS = "order-checkout-in-progress.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EcCubeFixtures() {
    }

    static String text(String name) {
        try (InputStream in = EcCubeFixtures.class.getResourceAsStream("/eccube/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code order} object of a fixture's answer. */
    static JsonNode order(String name) {
        return JSON.readTree(text(name)).get("data").get("order");
    }

    static JsonNode withField(String name, String field, Object value) {
        tools.jackson.databind.node.ObjectNode order = (tools.jackson.databind.node.ObjectNode) order(name).deepCopy();
        order.set(field, JSON.valueToTree(value));
        return order;
    }
}
