package jp.mamori.engine.normalize;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** IP addresses in one spelling for matching. Never resolves names: only literals are accepted. */
public final class IpAddresses {

    private IpAddresses() {
    }

    /**
     * IPv4 in dotted decimal without leading zeros; IPv6 as its /64 network ({@code 2001:db8:1:2::/64}),
     * because a household's devices rotate through addresses inside one /64. Empty when not an IP literal.
     */
    public static String matchingForm(String text) {
        String ip = JapaneseText.compact(text);
        if (ip.indexOf(':') >= 0) {
            return ipv6Network(ip);
        }
        return ipv4(ip);
    }

    /** The address {@code text} spells (IPv4 dotted decimal, or IPv6), never looked up in DNS; empty when not a literal. */
    public static Optional<InetAddress> literal(String text) {
        String ip = JapaneseText.compact(text);
        String literal = ip.indexOf(':') >= 0 ? ipv6Literal(ip) : ipv4(ip);
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Only a dotted quad, or hex digits, colons and dots with a colon and no dot first, gets here: parsed, never resolved.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String ipv4(String ip) {
        String[] parts = ip.split("\\.", -1);
        if (parts.length != 4) {
            return "";
        }
        StringBuilder out = new StringBuilder(15);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return "";
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return "";
            }
            out.append(out.length() == 0 ? "" : ".").append(octet);
        }
        return out.toString();
    }

    /**
     * The IPv6 literal without brackets, or "" when it has characters no IPv6 literal has. InetAddress resolves in
     * DNS a string that does not start with a hex digit or a colon (".:1"), so such a string is no literal here.
     */
    private static String ipv6Literal(String ip) {
        String literal = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        boolean literalShape = !literal.isEmpty() && literal.charAt(0) != '.'
                && literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        return literalShape ? literal : "";
    }

    private static String ipv6Network(String ip) {
        String literal = ipv6Literal(ip);
        if (literal.isEmpty()) {
            return "";
        }
        try {
            // A string with ':' is parsed as an IPv6 literal and never looked up in DNS.
            InetAddress address = InetAddress.getByName(literal);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                out.append(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff))).append(':');
            }
            return out.append(":/64").toString();
        } catch (UnknownHostException e) {
            return "";
        }
    }
}
