package jp.mamori.connector;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads one object of a platform's own JSON (a WooCommerce order, an EC-CUBE GraphQL answer) the
 * lenient way carts write it, naming every problem by the platform's field path
 * ({@code billing.email}, {@code Shippings[0].postal_code}) so a shop owner can find it in their admin.
 * Empty strings count as absent (carts send {@code ""} for fields never filled in); numbers may come
 * as JSON numbers or as their text ({@code "12800"}, GraphQL {@code ID}s).
 */
public final class PlatformFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    public PlatformFields(JsonNode node, String path, List<FieldError> errors) {
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

    /** A non-negative amount with no trailing zeros and never in exponent form: 12800.00 and 12800 are one amount. */
    public BigDecimal decimal(String name, boolean required) {
        BigDecimal number = number(name, required, "must be a decimal number");
        if (number != null && number.signum() < 0) {
            fail(name, "must not be negative");
            return null;
        }
        return number;
    }

    /** A whole number written as an integer, a float with no fraction, or the text of one. */
    public Long whole(String name, boolean required) {
        BigDecimal number = number(name, required, "must be a whole number");
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            fail(name, "must be a whole number");
            return null;
        }
    }

    private BigDecimal number(String name, boolean required, String expected) {
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
            fail(name, expected);
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The named object, or null (with an error when required) if absent or not an object. */
    public PlatformFields object(String name, boolean required) {
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
        return new PlatformFields(value, pathOf(name), errors);
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
    public List<PlatformFields> objects(String name) {
        List<JsonNode> elements = array(name);
        List<PlatformFields> objects = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = pathOf(name) + "[" + i + "]";
            if (elements.get(i).isObject()) {
                objects.add(new PlatformFields(elements.get(i), elementPath, errors));
            } else {
                errors.add(new FieldError(elementPath, "must be an object"));
            }
        }
        return objects;
    }
}
