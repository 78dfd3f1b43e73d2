package jp.mamori.engine;

import java.util.Locale;

/**
 * Fills a reason's message template as {@code String.format(Locale.ROOT, template, details)} does, without a
 * {@link java.util.Formatter} for the templates reasons have: {@code %s} given a string or an integer, {@code %d}
 * given an integer, nothing else. Every message of every reason given goes through here, and a Formatter looks up
 * the locale's digits for each number it prints. Anything else goes to {@code String.format} itself, so the text
 * (or the exception) is always what it would give.
 */
final class MessageTemplate {

    private MessageTemplate() {
    }

    static String fill(String template, Object[] details) {
        StringBuilder out = null;
        int next = 0;
        int copied = 0;
        for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', i + 2)) {
            char conversion = i + 1 < template.length() ? template.charAt(i + 1) : 0;
            Object detail = next < details.length ? details[next] : null;
            boolean integer = detail instanceof Integer || detail instanceof Long;
            if (!(conversion == 'd' && integer || conversion == 's' && (integer || detail instanceof String))) {
                return String.format(Locale.ROOT, template, details);
            }
            if (out == null) {
                out = new StringBuilder(template.length() + 16 * details.length);
            }
            out.append(template, copied, i).append(detail);
            copied = i + 2;
            next++;
        }
        return out == null ? template : out.append(template, copied, template.length()).toString();
    }
}
