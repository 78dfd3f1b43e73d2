package jp.mamori.eccube.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads one object of an order as Api42's GraphQL answers it, naming problems by EC-CUBE's own field
 * paths ({@code Shippings[0].postal_code}, {@code OrderItems[2].quantity}) so a shop owner can find them.
 * GraphQL's {@code ID} arrives as a string and EC-CUBE's decimal columns as {@code Float} (12800 or
 * 12800.0), so both forms are read; empty strings count as absent.
 */
public final class OrderFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    public OrderFields(JsonNode node, String path, List<FieldError> errors) {
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

    /** A non-negative amount, with no trailing zeros: 12800.0 and 12800 are one amount. */
    public BigDecimal decimal(String name, boolean required) {
        BigDecimal number = number(name, required);
        if (number != null && number.signum() < 0) {
            fail(name, "must not be negative");
            return null;
        }
        return number;
    }

    /** A whole number written as an integer, a float with no fraction, or the text of one (an {@code ID}). */
    public Long whole(String name, boolean required) {
        BigDecimal number = number(name, required);
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

    private BigDecimal number(String name, boolean required) {
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
            fail(name, "must be a number");
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The named object, or null (with an error when required) if absent or not an object. */
    public OrderFields object(String name, boolean required) {
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
        return new OrderFields(value, pathOf(name), errors);
    }

    /** The objects of the named list, each read under its own path; an element that is not an object is an error. */
    public List<OrderFields> objects(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            fail(name, "must be a list");
            return List.of();
        }
        List<OrderFields> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String elementPath = pathOf(name) + "[" + i + "]";
            if (value.get(i).isObject()) {
                objects.add(new OrderFields(value.get(i), elementPath, errors));
            } else {
                errors.add(new FieldError(elementPath, "must be an object"));
            }
        }
        return objects;
    }
}
