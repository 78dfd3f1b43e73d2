package jp.mamori.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the drivers read option values from the command line, so every driver spells them alike. */
public final class OptionValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private OptionValues() {
    }

    /**
     * The options on a command line, each name with its value in the order given (a later one of the same name
     * wins); {@code flags} take no value and map to the empty string. Fails naming an option left without its value.
     */
    public static Map<String, String> named(String[] args, Set<String> flags) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                given.put(name, "");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            given.put(name, args[++i]);
        }
        return given;
    }

    /** A duration written as a whole number and a unit: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
    public static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (write e.g. 500ms, 30s, 2m, 1h)");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** The inverse of {@link #duration(String)}, for printing. */
    public static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    public static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value);
        }
    }

    public static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not " + value);
        };
    }

    /** Paths get appended to a base URL, so a trailing slash would double up. */
    public static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static void requireUrl(String name, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an http:// or https:// URL with a host, not " + url);
        }
    }
}
