package jp.mamori.engine.checks;

import java.util.Locale;
import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.EmailAddress;
import jp.mamori.engine.normalize.MailDomainKind;

/**
 * A mailbox name nobody would choose (x7k9m2p4q, qzxkvbwt, 5f2d9a1e7c3b): made by a script that creates
 * accounts in bulk. Deliberately conservative, because romaji names are consonant-rich (tsuchiya.shunsuke,
 * kobayashi_kenichiro) and people add birthdays and idol groups (sakura19950412, hkt48love); only strings
 * that alternate letters and digits again and again, have almost no vowels, or are long hexadecimal count.
 * Vowels are judged over a long run of letters and over all the letters of the name together: a script that
 * sprinkles digits between consonants (kzxx83nnx, 30nx4lxcr) leaves no run long enough, but nobody can say
 * the name either.
 */
public final class RandomEmailLocalPartCheck implements Check {

    /** Letter–digit alternations: names with a year or a group name have one to four (r2d2fan has four). */
    private static final int ALTERNATIONS = 5;
    /** A run of letters this long with fewer vowels than {@link #VOWEL_SHARE}: romaji runs about 45% vowels. */
    private static final int LETTER_RUN = 8;
    private static final double VOWEL_SHARE = 0.15;
    /** All the letters of the name taken together, digits and separators left out: fewer than this say nothing. */
    private static final int LETTERS_IN_ALL = 6;
    /** Hexadecimal of this length with both digits and letters: a hash or a token, not a name. */
    private static final int HEX_LENGTH = 12;

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        evidence.email()
                .filter(RandomEmailLocalPartCheck::isMachineMade)
                .ifPresent(email -> findings.accept(Finding.of(ReasonCode.EMAIL_RANDOM_LOCAL_PART)));
    }

    /** Whether the mailbox's name was made by a script; {@link PayLaterThrowawayContactCheck} asks it too. */
    static boolean isMachineMade(EmailAddress email) {
        // Carriers used to give every new line a random mailbox (docomo, au): those are real buyers who never changed it.
        return email.hasValidSyntax() && email.domainKind() != MailDomainKind.CARRIER && looksGenerated(email.local());
    }

    private static boolean looksGenerated(String local) {
        String box = local.toLowerCase(Locale.ROOT);
        int plus = box.indexOf('+');
        if (plus > 0) {
            box = box.substring(0, plus);
        }
        return alternations(box) >= ALTERNATIONS || hasVowellessRun(box) || isUnpronounceable(box) || isLongHex(box);
    }

    /** Whether the letters of the whole name, digits and separators left out, are many and nearly without vowels. */
    private static boolean isUnpronounceable(String box) {
        String letters = box.replaceAll("[^a-z]+", "");
        return letters.length() >= LETTERS_IN_ALL && vowels(letters) < letters.length() * VOWEL_SHARE;
    }

    private static long vowels(String letters) {
        // y counts as a vowel: it is one in romaji glides (kyo, ryu) and English names (lynn).
        return letters.chars().filter(c -> "aeiouy".indexOf(c) >= 0).count();
    }

    private static int alternations(String box) {
        int alternations = 0;
        char previous = 0;
        for (int i = 0; i < box.length(); i++) {
            char kind = kind(box.charAt(i));
            if (kind != 's') {
                if (previous != 0 && kind != previous) {
                    alternations++;
                }
                previous = kind;
            }
        }
        return alternations;
    }

    private static boolean hasVowellessRun(String box) {
        for (String run : box.split("[^a-z]+")) {
            if (run.length() >= LETTER_RUN) {
                if (vowels(run) < run.length() * VOWEL_SHARE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLongHex(String box) {
        return box.length() >= HEX_LENGTH && box.matches("[0-9a-f]+") && box.matches(".*[0-9].*[0-9].*[0-9].*")
                && box.matches(".*[a-f].*[a-f].*[a-f].*");
    }

    /** 'l' letter, 'd' digit, 's' separator. */
    private static char kind(char c) {
        if (c >= '0' && c <= '9') {
            return 'd';
        }
        return c >= 'a' && c <= 'z' ? 'l' : 's';
    }
}
