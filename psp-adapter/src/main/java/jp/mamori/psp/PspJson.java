package jp.mamori.psp;

import tools.jackson.databind.JsonNode;

/** Reading what providers send, the same way for every provider. */
public final class PspJson {

    /** Ids, codes and short reasons only: Mamori keeps no free text a provider might send. */
    private static final int MAX_TEXT = 255;

    private PspJson() {
    }

    /** The string {@code field} of {@code node}; null when absent, not a string, blank, or longer than 255. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() && value.stringValue().length() <= MAX_TEXT
                ? value.stringValue() : null;
    }
}
