package jp.mamori.engine.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mamori.connector.Card;
import jp.mamori.connector.Money;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.DeclineEvent;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.OrderFacts;
import jp.mamori.engine.checks.CardTestingSettings;
import jp.mamori.engine.checks.CardTestingSignals;
import jp.mamori.engine.checks.DeclineScope;
import jp.mamori.engine.state.CardAttempt;
import jp.mamori.engine.state.CardAttempts;
import jp.mamori.engine.state.Fingerprints;
import jp.mamori.engine.state.VelocityStore;

/**
 * Gathers and records the card-testing signals: card attempts (orders paid by card and declines) per device,
 * IP address and email in {@link CardAttempts}, for nearby card numbers and small amounts; and declines as
 * velocity events per device, IP address, email, card and BIN, for counting.
 */
public final class CardTestingMemory {

    private final CardAttempts attempts;
    private final VelocityStore velocity;
    private final LatestDeclines latestDeclines;
    private final CardTestingSettings settings;

    /** {@code latestDeclines} is shared by the memories of one engine, as {@code attempts} and {@code velocity} are. */
    public CardTestingMemory(CardAttempts attempts, VelocityStore velocity, LatestDeclines latestDeclines,
                             CardTestingSettings settings) {
        this.attempts = attempts;
        this.velocity = velocity;
        this.latestDeclines = latestDeclines;
        this.settings = settings;
    }

    public CardTestingSignals gather(String merchantId, ScreeningRequest request, List<IdentityKey> keys, Instant at) {
        Card card = request.payment() == null ? null : request.payment().card();
        int bin6 = card == null ? -1 : bin6(card.bin());
        int last4 = card == null ? -1 : last4(card.last4());
        long yen = amountYen(request.amount());
        long cardFingerprint = cardFingerprint(keys);
        Instant from = at.minus(settings.window());

        // A household or an office shares one IP address, and family cards (家族カード) can have neighbouring
        // numbers: seen from an IP address, the limits are doubled (CardTestingSettings#limitFrom), so the
        // identity given is the one whose count goes furthest towards its limit.
        int sequential = 0;
        IdentityKind sequentialWhere = null;
        if (bin6 >= 0 && last4 >= 0) {
            BitSet nearby = new BitSet(2 * settings.sequentialGap() + 1);
            for (IdentityKey key : keys) {
                if (key.kind() == IdentityKind.DEVICE || key.kind() == IdentityKind.IP || key.kind() == IdentityKind.EMAIL) {
                    nearby.clear();
                    nearby.set(settings.sequentialGap()); // this card
                    attempts.forEach(scope(merchantId, key), from, at, (bin, digits, amount, fingerprint, declined) -> {
                        int offset = digits - last4 + settings.sequentialGap();
                        if (bin == bin6 && digits >= 0 && offset >= 0 && offset <= 2 * settings.sequentialGap()) {
                            nearby.set(offset);
                        }
                    });
                    int cards = nearby.cardinality();
                    if (weighed(cards, key.kind()) > weighed(sequential, sequentialWhere)) {
                        sequential = cards;
                        sequentialWhere = key.kind();
                    }
                }
            }
        }

        int smallOrders = 0;
        int smallCards = 0;
        IdentityKind smallWhere = null;
        if (yen >= 0 && yen <= settings.smallAmountYen() && cardFingerprint != 0) {
            for (IdentityKey key : keys) {
                if (key.kind() == IdentityKind.DEVICE || key.kind() == IdentityKind.IP) {
                    SmallOrders small = new SmallOrders(cardFingerprint);
                    attempts.forEach(scope(merchantId, key), from, at, (bin, digits, amount, fingerprint, declined) -> {
                        if (!declined && amount >= 0 && amount <= settings.smallAmountYen()) {
                            small.add(fingerprint);
                        }
                    });
                    if (weighed(small.cards(), key.kind()) > weighed(smallCards, smallWhere)) {
                        smallCards = small.cards();
                        smallOrders = small.orders();
                        smallWhere = key.kind();
                    }
                }
            }
        }

        Map<DeclineScope, Integer> declines = Map.of();
        Instant declinesFrom = at.minus(settings.declineWindow());
        // Every decline key of the merchant counts zero when it had no decline in the window: no look-ups.
        boolean anyDeclines = latestDeclines.anyAfter(merchantId, declinesFrom);
        for (IdentityKey key : anyDeclines ? keys : List.<IdentityKey>of()) {
            DeclineScope scope = declineScope(key.kind());
            if (scope != null) {
                int count = velocity.count(declineKey(merchantId, key), declinesFrom, at);
                if (count > 0) {
                    declines = with(declines, scope, count);
                }
            }
        }
        if (anyDeclines && bin6 >= 0) {
            int count = velocity.count(binDeclineKey(merchantId, bin6), declinesFrom, at);
            if (count > 0) {
                declines = with(declines, DeclineScope.BIN, count);
            }
        }
        if (sequential <= 1 && smallCards <= 1 && declines.isEmpty()) {
            return CardTestingSignals.NONE; // the usual order: nothing tried before it
        }
        return new CardTestingSignals(sequential, card == null ? null : card.bin(), sequentialWhere,
                smallOrders, smallCards, smallWhere, declines);
    }

    /** A count as it compares with one from elsewhere: from an IP address, whose limits are doubled, at half weight. */
    private static int weighed(int count, IdentityKind where) {
        return where == IdentityKind.IP ? count : 2 * count;
    }

    private static Map<DeclineScope, Integer> with(Map<DeclineScope, Integer> declines, DeclineScope scope, int count) {
        Map<DeclineScope, Integer> more = declines.isEmpty() ? new EnumMap<>(DeclineScope.class) : declines;
        more.merge(scope, count, Math::max);
        return more;
    }

    /** Records an order paid by card as an attempt from its device, IP address and email. */
    public void rememberOrder(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant at) {
        long card = cardFingerprint(keys);
        int bin6 = bin6(facts.cardBin());
        int last4 = last4(facts.cardLast4());
        if (card == 0 && bin6 < 0 && last4 < 0) {
            return; // not paid by card
        }
        addAttempt(merchantId, keys, at, new CardAttempt(bin6, last4, facts.amountYen(), card, false));
    }

    /** Records a decline: an attempt from its device, IP address and email, and a velocity event per identity and BIN. */
    public void rememberDecline(DeclineEvent decline) {
        latestDeclines.add(decline.merchantId(), decline.at());
        int bin6 = bin6(decline.cardBin());
        addAttempt(decline.merchantId(), decline.keys(), decline.at(),
                new CardAttempt(bin6, last4(decline.cardLast4()), -1, cardFingerprint(decline.keys()), true));
        for (IdentityKey key : decline.keys()) {
            if (declineScope(key.kind()) != null) {
                velocity.add(declineKey(decline.merchantId(), key), decline.at());
            }
        }
        if (bin6 >= 0) {
            velocity.add(binDeclineKey(decline.merchantId(), bin6), decline.at());
        }
    }

    private void addAttempt(String merchantId, List<IdentityKey> keys, Instant at, CardAttempt attempt) {
        for (IdentityKey key : keys) {
            if (key.kind() == IdentityKind.DEVICE || key.kind() == IdentityKind.IP || key.kind() == IdentityKind.EMAIL) {
                attempts.add(scope(merchantId, key), at, attempt);
            }
        }
    }

    private static DeclineScope declineScope(IdentityKind kind) {
        return switch (kind) {
            case DEVICE -> DeclineScope.DEVICE;
            case IP -> DeclineScope.IP;
            case EMAIL -> DeclineScope.EMAIL;
            case CARD -> DeclineScope.CARD;
            default -> null;
        };
    }

    private static String scope(String merchantId, IdentityKey key) {
        return merchantId + '|' + key.hash();
    }

    private static String declineKey(String merchantId, IdentityKey key) {
        return merchantId + "|declines|" + key.hash();
    }

    private static String binDeclineKey(String merchantId, int bin6) {
        return merchantId + "|declines|bin:" + bin6;
    }

    private static long cardFingerprint(List<IdentityKey> keys) {
        for (IdentityKey key : keys) {
            if (key.kind() == IdentityKind.CARD) {
                return Fingerprints.of(key.hash());
            }
        }
        return 0;
    }

    /** The first six digits of a BIN as sent (six or eight digits), -1 when there are not six digits. */
    static int bin6(String bin) {
        if (bin == null) {
            return -1;
        }
        String digits = bin.strip();
        if (digits.length() < 6) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 6; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static int last4(String last4) {
        if (last4 == null) {
            return -1;
        }
        String digits = last4.strip();
        if (digits.length() != 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The amount in whole yen; -1 when missing or in another currency, which is never converted. */
    public static long amountYen(Money amount) {
        if (amount == null || amount.value() == null || amount.currency() == null
                || !"JPY".equals(amount.currency().strip().toUpperCase(Locale.ROOT)) || amount.value().signum() < 0) {
            return -1;
        }
        BigDecimal value = amount.value();
        return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : value.longValue();
    }

    /** Small orders from one identity and the different cards they were paid with, this order's card included. */
    private static final class SmallOrders {
        private long[] cards = new long[4];
        private int cardCount;
        private int orders = 1;

        SmallOrders(long thisCard) {
            cards[cardCount++] = thisCard;
        }

        void add(long card) {
            orders++;
            if (card == 0) {
                return;
            }
            for (int i = 0; i < cardCount; i++) {
                if (cards[i] == card) {
                    return;
                }
            }
            if (cardCount == cards.length) {
                cards = Arrays.copyOf(cards, cardCount * 2);
            }
            cards[cardCount++] = card;
        }

        int cards() {
            return cardCount;
        }

        int orders() {
            return orders;
        }
    }
}
