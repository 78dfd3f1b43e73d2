package jp.mamori.connector.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds values that look like a full card number (PAN): 13 to 19 digits, optionally grouped by
 * single spaces or hyphens, passing the Luhn check, anywhere in a request. Mamori must never hold a
 * PAN, so such a request is refused whole, before anything reads or stores it.
 */
public final class CardNumberGuard {

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

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
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        } else if ((node.isString() || node.isIntegralNumber()) && containsCardNumber(node.asString())) {
            found.add(path);
        }
    }

    /**
     * True when {@code text} holds a Luhn-valid number of 13–19 digits, written whole or in groups
     * separated by single spaces or hyphens. A candidate starts and ends at group boundaries, so a
     * card number typed right after a room number ({@code 101 4242…}) is still found.
     */
    static boolean containsCardNumber(String text) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\0';
            if (c >= '0' && c <= '9') {
                group.append(c);
                continue;
            }
            if (group.length() > 0) {
                groups.add(group.toString());
                group.setLength(0);
            }
            boolean separator = (c == ' ' || c == '-') && i > 0 && isDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && isDigit(text.charAt(i + 1));
            if (!separator) {
                if (anyCardNumber(groups)) {
                    return true;
                }
                groups.clear();
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether consecutive groups, joined, form a Luhn-valid number of card length. */
    private static boolean anyCardNumber(List<String> groups) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size() && digits.length() < MAX_DIGITS; last++) {
                digits.append(groups.get(last));
                if (digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS && passesLuhn(digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean passesLuhn(CharSequence digits) {
        int count = digits.length();
        int sum = 0;
        for (int i = 0; i < count; i++) {
            int d = digits.charAt(count - 1 - i) - '0';
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
