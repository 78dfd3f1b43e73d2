package jp.mamori.connector.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.mamori.connector.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object while remembering where it is, so that every problem is
 * reported with the field's path. Problems are collected, not thrown, so a client learns about all
 * of them at once. A field that is absent or JSON {@code null} reads as Java {@code null}.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The top-level object; problems go into {@code errors}. */
    public static JsonFields root(JsonNode node, List<FieldError> errors) {
        return new JsonFields(node, "", errors);
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode present(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                fail(name, "is required");
            }
            return null;
        }
        return value;
    }

    private void fail(String name, String detail) {
        errors.add(new FieldError(pathOf(name), detail));
    }

    /** A string of at most {@code maxLength} characters. */
    public String string(String name, int maxLength, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            fail(name, "must be a string");
            return null;
        }
        String text = value.stringValue();
        if (required && text.isBlank()) {
            fail(name, "must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            fail(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** A string that must satisfy {@code valid}; {@code expected} says what it should look like. */
    public String string(String name, int maxLength, boolean required, Predicate<String> valid, String expected) {
        String text = string(name, maxLength, required);
        if (text != null && !valid.test(text)) {
            fail(name, "must be " + expected);
            return null;
        }
        return text;
    }

    /** A string turned into a value by {@code parse}, which throws on bad input. */
    public <T> T parsed(String name, int maxLength, boolean required, Function<String, T> parse, String expected) {
        String text = string(name, maxLength, required);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            fail(name, "must be " + expected);
            return null;
        }
    }

    /** A JSON number no smaller than {@code min}. */
    public BigDecimal decimal(String name, BigDecimal min, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            fail(name, "must be a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0) {
            fail(name, "must be at least " + min.toPlainString());
            return null;
        }
        return number;
    }

    /** A whole JSON number between {@code min} and {@code max}. */
    public Integer integer(String name, int min, int max, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            fail(name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    /** {@code true} or {@code false}. */
    public Boolean bool(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            fail(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** A nested object, read by {@code reader}. */
    public <T> T object(String name, boolean required, Function<JsonFields, T> reader) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            fail(name, "must be an object");
            return null;
        }
        return nested(value, pathOf(name), reader);
    }

    /** An array of objects, each read by {@code reader}; absent reads as an empty list. */
    public <T> List<T> objects(String name, int maxSize, Function<JsonFields, T> reader) {
        JsonNode value = present(name, false);
        List<T> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            fail(name, "must be an array");
            return out;
        }
        if (value.size() > maxSize) {
            fail(name, "must have at most " + maxSize + " entries");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(name) + "[" + i + "]";
            if (!element.isObject()) {
                errors.add(new FieldError(elementPath, "must be an object"));
                continue;
            }
            out.add(nested(element, elementPath, reader));
        }
        return out;
    }

    private <T> T nested(JsonNode value, String nestedPath, Function<JsonFields, T> reader) {
        JsonFields fields = new JsonFields(value, nestedPath, errors);
        T result = reader.apply(fields);
        fields.refuseUnknown();
        return result;
    }

    /** Reports every field of this object that no reader asked for: a typo must not pass silently. */
    public void refuseUnknown() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                fail(name, "is not a known field");
            }
        }
    }
}
