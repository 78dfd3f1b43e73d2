package jp.mamori.connector.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds values that look like a full card number (PAN): 13 to 19 digits, half- or full-width,
 * optionally grouped by single spaces or hyphens, passing the Luhn check, anywhere in a request,
 * field names included. Mamori must never hold a PAN, so such a request is refused whole, before
 * anything reads or stores it.
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

    /**
     * {@code exemptPaths} are fields whose values are long digit strings by nature (product codes,
     * provider references), written with {@code []} for any array index: {@code items[].sku}.
     */
    public CardNumberGuard(Set<String> exemptPaths) {
        this.exemptPaths = Set.copyOf(exemptPaths);
    }

    /** The paths of every value in {@code root} that looks like a card number. */
    public List<String> suspiciousPaths(JsonNode root) {
        List<String> found = new ArrayList<>();
        walk(root, "", "", found);
        return found;
    }

    private void walk(JsonNode node, String path, String pattern, List<String> found) {
        if (exemptPaths.contains(pattern)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (containsCardNumber(field.getKey())) {
                    // Its own path would repeat the number, so the object holding it is named instead.
                    found.add(path);
                } else {
                    String name = field.getKey();
                    walk(field.getValue(), path.isEmpty() ? name : path + "." + name,
                            pattern.isEmpty() ? name : pattern + "." + name, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", pattern + "[]", found);
            }
        } else if ((node.isString() || node.isNumber()) && containsCardNumber(node.asString())) {
            found.add(path);
        }
    }

    /**
     * True when {@code text} holds a Luhn-valid number of 13–19 digits, written whole or in groups
     * separated by single separators. A candidate starts and ends at group boundaries, so a card
     * number typed right after a room number ({@code 101 4242…}) is still found.
     */
    static boolean containsCardNumber(String text) {
        List<StringBuilder> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\0';
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                group.append((char) ('0' + digit));
                continue;
            }
            if (group.length() > 0) {
                groups.add(group);
                group = new StringBuilder();
            }
            boolean separator = SEPARATORS.indexOf(c) >= 0 && i > 0 && isDigit(text.charAt(i - 1))
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
        return Character.digit(c, 10) >= 0;
    }

    /** Whether consecutive groups, joined, form a Luhn-valid number of card length. */
    private static boolean anyCardNumber(List<StringBuilder> groups) {
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
