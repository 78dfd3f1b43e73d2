package jp.mamori.engine.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mail domains listed in {@code mail-domains.tsv}: their kind, and typo detection for the big ones. Loaded once. */
final class MailDomains {

    private static final Map<String, MailDomainKind> KINDS = new HashMap<>();
    private static final List<String> WATCHED = new ArrayList<>();

    static {
        for (String[] row : Resources.rows("mail-domains.tsv", 3)) {
            KINDS.put(row[0], MailDomainKind.valueOf(row[1]));
            if (row[2].equals("yes")) {
                WATCHED.add(row[0]);
            }
        }
    }

    private MailDomains() {
    }

    static MailDomainKind kind(String domain) {
        return KINDS.getOrDefault(domain, MailDomainKind.OTHER);
    }

    /** The big provider's domain that {@code domain} is one typo away from (a letter wrong, missing, extra or swapped). */
    static Optional<String> typoOf(String domain) {
        if (KINDS.containsKey(domain)) {
            return Optional.empty();
        }
        for (String watched : WATCHED) {
            if (Math.abs(watched.length() - domain.length()) <= 1 && oneEditApart(domain, watched)) {
                return Optional.of(watched);
            }
        }
        return Optional.empty();
    }

    /** Damerau–Levenshtein distance exactly one, for strings whose lengths differ by at most one. */
    static boolean oneEditApart(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == a.length() && prefix == b.length()) {
            return false;
        }
        String restA = a.substring(prefix);
        String restB = b.substring(prefix);
        if (restA.length() == restB.length()) {
            return restA.substring(1).equals(restB.substring(1))
                    || restA.length() >= 2 && restA.charAt(0) == restB.charAt(1) && restA.charAt(1) == restB.charAt(0)
                    && restA.substring(2).equals(restB.substring(2));
        }
        return restA.length() > restB.length() ? restA.substring(1).equals(restB) : restB.substring(1).equals(restA);
    }
}
