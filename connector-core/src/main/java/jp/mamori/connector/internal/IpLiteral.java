package jp.mamori.connector.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Whether a string is an IP address literal, decided without ever asking DNS. */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    static boolean isValid(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        // InetAddress parses a string that starts with a hex digit or a colon as a literal and never
        // resolves it; anything else, even ".:1", it looks up as a name. So only a string of that
        // shape, with a colon and nothing but hex digits, colons and dots, reaches it.
        if (text.indexOf(':') < 0 || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
