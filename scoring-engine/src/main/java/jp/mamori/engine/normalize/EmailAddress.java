package jp.mamori.engine.normalize;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An email address split into local part and domain, with the canonical form used for matching:
 * one person who writes {@code Taro.Yamada+shop@GoogleMail.com} and {@code taroyamada@gmail.com}
 * gets one key. The address as typed is kept for display.
 */
public record EmailAddress(String original, String local, String domain) {

    /** Providers that ignore dots in the local part. */
    private static final Set<String> DOTLESS_DOMAINS = Set.of("gmail.com", "googlemail.com");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}|(?:[a-z0-9-]+\\.)+xn--[a-z0-9-]+");
    /**
     * Whether a domain has a deliverable shape, for the domains last asked about: a handful of providers
     * (gmail.com, docomo.ne.jp) are most orders, and checks ask several times a screening.
     */
    private static final Memo<String, Boolean> VALID_DOMAINS = new Memo<>(domain -> DOMAIN.matcher(domain).matches(), 1024);
    // Japanese carrier addresses from before 2009 may hold consecutive dots or a dot before the @,
    // so the local part is checked for what mail systems actually reject, not for RFC 5322 dot-atoms:
    // 1 to 64 of [A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]. A table rather than that regex's character class, which
    // tests each character against a chain of twenty predicates: the engine asks six times a screening.
    private static final boolean[] LOCAL_CHARS = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-".toCharArray()) {
            LOCAL_CHARS[c] = true;
        }
    }

    /** The address split at its last {@code @}, or empty when it does not have a usable shape. */
    public static Optional<EmailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return Optional.empty();
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        try {
            domain = IDN.toASCII(domain);
        } catch (IllegalArgumentException e) {
            // Not a convertible name: kept as typed, and hasValidSyntax() will say no.
        }
        return Optional.of(new EmailAddress(trimmed, local, domain));
    }

    /** Whether mail could be delivered to this shape of address at all. */
    public boolean hasValidSyntax() {
        return hasValidLocalPart(local) && VALID_DOMAINS.apply(domain);
    }

    private static boolean hasValidLocalPart(String local) {
        if (local.isEmpty() || local.length() > 64) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c >= 128 || !LOCAL_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    /** Free mail, carrier mail, ISP mail or other, by the domain. */
    public MailDomainKind domainKind() {
        return MailDomains.kind(domain);
    }

    /** The big provider's domain this one looks like a typo of (gmial.com → gmail.com, docomo.ne.jo → docomo.ne.jp). */
    public Optional<String> likelyTypoOf() {
        return MailDomains.typoOf(domain);
    }

    /** The value the email key is made of: the {@link #canonical()} mailbox. */
    public String matchingForm() {
        return canonical();
    }

    /** The form that identifies the mailbox: lower case, no plus-tag, and no dots where the provider ignores them. */
    public String canonical() {
        String box = local.toLowerCase(Locale.ROOT);
        int plus = box.indexOf('+');
        if (plus > 0) {
            box = box.substring(0, plus);
        }
        String canonicalDomain = domain.equals("googlemail.com") ? "gmail.com" : domain;
        if (DOTLESS_DOMAINS.contains(canonicalDomain)) {
            box = box.replace(".", "");
        }
        return box + "@" + canonicalDomain;
    }
}
