package jp.mamori.engine.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/** Phone numbers to E.164 with libphonenumber, Japan the default region. Pure and thread-safe. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "JP";
    private static final int JAPAN = 81;

    private PhoneNumbers() {
    }

    /** Parses a number typed in any width or punctuation; {@code null} or blank gives null. */
    public static PhoneNumber parse(String text) {
        String typed = JapaneseText.compact(text);
        if (typed.isEmpty()) {
            return null;
        }
        String digits = digits(typed);
        Phonenumber.PhoneNumber number = plainJapanese(typed, digits);
        if (number == null) {
            try {
                number = UTIL.parse(typed, DEFAULT_REGION);
            } catch (NumberParseException e) {
                return new PhoneNumber(text, digits, PhoneType.UNKNOWN, false, isDummy(digits));
            }
        }
        String national = UTIL.getNationalSignificantNumber(number);
        // A number's type is UNKNOWN exactly when it is not valid for its region, so one look-up answers both.
        PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(number);
        boolean valid = type != PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        return new PhoneNumber(text, e164, valid ? type(type) : PhoneType.UNKNOWN, valid, isDummy(national));
    }

    /**
     * The number without libphonenumber's general parser when it is written the way nearly every Japanese
     * buyer writes it: a domestic number (0 then 9 or 10 digits, not the international prefix 010) or +81 and
     * the national number, with only dashes, spaces or parentheses between. The parser costs most of the time
     * of a phone number and would give the same result; validity and type still come from libphonenumber.
     */
    private static Phonenumber.PhoneNumber plainJapanese(String typed, String digits) {
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '(' || c == ')' || c == '+' && i == 0)) {
                return null;
            }
        }
        String national;
        if (digits.startsWith("+81") && digits.length() >= 12 && digits.length() <= 13 && digits.charAt(3) != '0') {
            national = digits.substring(3);
        } else if (digits.startsWith("0") && !digits.startsWith("00") && !digits.startsWith("010")
                && (digits.length() == 10 || digits.length() == 11)) {
            national = digits.substring(1);
        } else {
            return null;
        }
        return new Phonenumber.PhoneNumber().setCountryCode(JAPAN).setNationalNumber(Long.parseLong(national));
    }

    private static PhoneType type(PhoneNumberUtil.PhoneNumberType type) {
        switch (type) {
            case MOBILE: return PhoneType.MOBILE;
            case FIXED_LINE: return PhoneType.FIXED;
            case FIXED_LINE_OR_MOBILE: return PhoneType.FIXED;
            case VOIP: return PhoneType.IP_PHONE;
            case TOLL_FREE: return PhoneType.TOLL_FREE;
            case PREMIUM_RATE: return PhoneType.PREMIUM;
            default: return PhoneType.OTHER;
        }
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && out.length() == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Numbers typed to get past a required field: one digit throughout (0000000000), a subscriber part of one
     * digit (090-1111-1111) or opening with 0000 (090-0000-1234, an exchange that does not exist), or counting
     * up or down (090-1234-5678). The subscriber part is the last eight digits; a trailing 0000 alone is not
     * suspicious, since many company lines end in it.
     */
    static boolean isDummy(String national) {
        String number = national.startsWith("+") ? national.substring(1) : national;
        if (number.length() < 6 || number.chars().distinct().count() == 1) {
            return true;
        }
        String subscriber = number.substring(Math.max(0, number.length() - 8));
        return subscriber.chars().distinct().count() == 1 || subscriber.startsWith("0000") || isSequence(subscriber);
    }

    private static boolean isSequence(String digits) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = digits.charAt(i) - digits.charAt(i - 1);
            up &= step == 1 || step == -9;
            down &= step == -1 || step == 9;
        }
        return up || down;
    }
}
