package jp.mamori.woocommerce.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads one object of a WooCommerce order, naming problems by WooCommerce's own field paths
 * ({@code billing.email}, {@code line_items[2].quantity}) so a shop owner can find them in their admin.
 * Empty strings count as absent: WooCommerce sends {@code ""} for every address field never filled in.
 */
public final class WooFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    public WooFields(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public void fail(String name, String detail) {
        errors.add(new FieldError(pathOf(name), detail));
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A string, or null when absent or blank; a number where a string belongs is read as its text. */
    public String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            fail(name, "must be a string");
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name) {
        JsonNode value = value(name);
        String text = text(name);
        if (value == null) {
            fail(name, "is required");
        } else if (text == null && (value.isString() || value.isNumber())) {
            fail(name, "must not be empty");
        }
        return text;
    }

    /** A decimal WooCommerce writes as a string ({@code "12800"}) or, for prices, as a JSON number. */
    public BigDecimal decimal(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            if (required) {
                fail(name, "is required");
            }
            return null;
        }
        BigDecimal number = null;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isString()) {
            try {
                number = new BigDecimal(value.asString().trim());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null) {
            fail(name, "must be a decimal number");
            return null;
        }
        if (number.signum() < 0) {
            fail(name, "must not be negative");
            return null;
        }
        return plain(number);
    }

    /** A whole number, from a JSON number or its text. */
    public Long whole(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            if (required) {
                fail(name, "is required");
            }
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isString() && value.asString().trim().matches("\\d{1,18}")) {
            return Long.parseLong(value.asString().trim());
        }
        fail(name, "must be a whole number");
        return null;
    }

    /** The named object, or null (with an error when required) if absent or not an object. */
    public WooFields object(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            if (required) {
                fail(name, "is required");
            }
            return null;
        }
        if (!value.isObject()) {
            fail(name, "must be an object");
            return null;
        }
        return new WooFields(value, pathOf(name), errors);
    }

    /** The named array's elements, empty when absent; an error when it is not an array. */
    public List<JsonNode> array(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            fail(name, "must be an array");
            return List.of();
        }
        return value.valueStream().toList();
    }

    /** The objects of the named array, each read under its own path; an element that is not an object is an error. */
    public List<WooFields> objects(String name) {
        List<JsonNode> elements = array(name);
        List<WooFields> objects = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = pathOf(name) + "[" + i + "]";
            if (elements.get(i).isObject()) {
                objects.add(new WooFields(elements.get(i), elementPath, errors));
            } else {
                errors.add(new FieldError(elementPath, "must be an object"));
            }
        }
        return objects;
    }

    /** The same amount with no trailing zeros and never in exponent form: 12800.00 and 12800 are one amount. */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
