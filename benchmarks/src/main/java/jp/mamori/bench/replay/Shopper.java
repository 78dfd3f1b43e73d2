package jp.mamori.bench.replay;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** One person ordering, as the shops would see them: what they type into forms and what their devices send. */
final class Shopper {

    String family;
    String given;
    String familyKana;
    String givenKana;
    String familyRomaji;
    String givenRomaji;
    String email;
    String phone;
    Places.Address home;
    Identities.Browser browser;
    Identities.Carrier carrier;
    String homeIp;
    Identities.Card card;
    /** Generation 3: the VPN server this person's phone or computer goes out through when its VPN is on; null without one. */
    Identities.AddressBlock vpn;
    /** Generation 3: iCloud Private Relay is on for this person's Safari. */
    boolean privateRelay;
    /** How this person usually pays when no card is involved: konbini, cod, paypay, deferred, bank_transfer. */
    String otherPayment = "konbini";
    /** Share of orders paid by card, in percent. */
    int cardShare = 65;
    /** Registered at the shops (a customer id) rather than checking out as a guest. */
    boolean registers = true;
    /** Shops where this person was already a customer before the simulated weeks. */
    final Set<String> customerBefore = new HashSet<>();
    final Set<String> orderedAt = new HashSet<>();
    final Map<String, String> customerIds = new HashMap<>();
    final Map<String, Integer> cookieResets = new HashMap<>();

    /** The shop's cookie on this person's browser: each shop sets its own, and a cleared cookie is a new one. */
    String cookie(String merchant) {
        return cookieOf(browser, merchant, cookieResets.getOrDefault(merchant, 0));
    }

    static String cookieOf(Identities.Browser browser, String merchant, int resets) {
        Random r = new Random(browser.cookieSeed() ^ (merchant.hashCode() * 0x9E3779B97F4A7C15L) ^ (resets * 0xC2B2AE3DL));
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder("ck.");
        for (int i = 0; i < 24; i++) {
            s.append(i == 8 || i == 16 ? '.' : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    void clearCookie(String merchant) {
        cookieResets.merge(merchant, 1, Integer::sum);
    }

    /** Whether the shop sees this order as a new customer's: not a customer before, and no order yet in the weeks simulated. */
    boolean isNewAt(String merchant) {
        return !customerBefore.contains(merchant) && !orderedAt.contains(merchant);
    }
}
