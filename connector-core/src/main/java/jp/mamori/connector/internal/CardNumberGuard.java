package jp.mamori.connector.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds values that look like a full card number (PAN): 13 to 19 digits, half- or full-width,
 * optionally grouped by single spaces or hyphens, passing the Luhn check, anywhere in a request,
 * field names included.
 * Mamori must never hold a PAN, so such a request is refused whole, before anything reads or stores it.
 */
public final class CardNumberGuard {

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    /**
     * Space and hyphen, and what Japanese input methods type in their place: ideographic space,
     * hyphen, minus, full-width hyphen-minus and the long-vowel mark buyers use as a hyphen.
     */
    private static final String SEPARATORS = " \u3000-\u2010\u2212\uFF0D\u30FC";

    private final Set<String> exemptPaths;

    /** {@code exemptPaths} are fields that carry provider references made of long digit strings. */
    public CardNumberGuard(Set<String> exemptPaths) {
        this.exemptPaths = Set.copyOf(exemptPaths);
    }

    /** The paths of every value in {@code root} that looks like a card number. */
    public List<String> suspiciousPaths(JsonNode root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private void walk(JsonNode node, String path, List<String> found) {
        if (exemptPaths.contains(path)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (containsCardNumber(field.getKey())) {
                    // Its own path would repeat the number, so the object holding it is named instead.
                    found.add(path);
                } else {
                    walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        } else if ((node.isString() || node.isIntegralNumber()) && containsCardNumber(node.asString())) {
            found.add(path);
        }
    }

    /** True when {@code text} holds a Luhn-valid run of 13–19 digits, allowing single space or hyphen separators. */
    static boolean containsCardNumber(String text) {
        int[] digits = new int[MAX_DIGITS + 1];
        int count = 0;
        boolean lastWasSeparator = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\0';
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                if (count <= MAX_DIGITS) {
                    digits[count] = digit;
                }
                count++;
                lastWasSeparator = false;
            } else if (SEPARATORS.indexOf(c) >= 0 && count > 0 && !lastWasSeparator) {
                lastWasSeparator = true;
            } else {
                if (count >= MIN_DIGITS && count <= MAX_DIGITS && passesLuhn(digits, count)) {
                    return true;
                }
                count = 0;
                lastWasSeparator = false;
            }
        }
        return false;
    }

    private static boolean passesLuhn(int[] digits, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            int d = digits[count - 1 - i];
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
