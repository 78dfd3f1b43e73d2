package jp.mamori.engine.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.OrderFacts;
import jp.mamori.engine.checks.AffiliateSettings;
import jp.mamori.engine.checks.AffiliateSignals;
import jp.mamori.engine.state.AffiliateLedger;
import jp.mamori.engine.state.VelocityStore;

/**
 * Gathers and records the affiliate signals. An affiliate's own identity keys come from two places: keys the
 * merchant registers for the affiliate ({@code ScoringEngine.registerAffiliate}), and the keys of orders the
 * affiliate places under their own customer account, recognised by the buyer's {@code customer_id} being the
 * affiliate id: as shops with their own referral programme (紹介コード) hand out. An order under a known
 * affiliate's account counts whether or not it came through a link; an affiliate is known once an order has
 * come through it or keys were registered for it. IP addresses never count as the affiliate's own: one
 * carrier address serves thousands. New buyers per affiliate and device or address are velocity distinct counts.
 */
public final class AffiliateMemory {

    static final Set<IdentityKind> OWN_KINDS = EnumSet.complementOf(EnumSet.of(IdentityKind.IP));

    private final AffiliateLedger ledger;
    private final VelocityStore velocity;
    private final AffiliateSettings settings;

    public AffiliateMemory(AffiliateLedger ledger, VelocityStore velocity, AffiliateSettings settings) {
        this.ledger = ledger;
        this.velocity = velocity;
        this.settings = settings;
    }

    /** The affiliate the order came through, or null. */
    public static String affiliateId(ScreeningRequest request) {
        return request.affiliate() == null ? null : blankToNull(request.affiliate().id());
    }

    /** Whether the buyer is new to the shop; a shop that does not say (guest checkout) counts as new. */
    public static boolean isNewBuyer(ScreeningRequest request) {
        Buyer buyer = request.buyer();
        return buyer == null || buyer.isNewCustomer() == null || buyer.isNewCustomer();
    }

    /** The affiliate whose own order this is: the buyer's customer id names the order's affiliate or a known one. */
    public String ownOrderOf(String merchantId, ScreeningRequest request) {
        String customerId = request.buyer() == null ? null : blankToNull(request.buyer().customerId());
        if (customerId == null) {
            return null;
        }
        if (customerId.equals(affiliateId(request)) || ledger.isAffiliate(scope(merchantId, customerId))) {
            return customerId;
        }
        return null;
    }

    public AffiliateSignals gather(String merchantId, ScreeningRequest request, List<IdentityKey> keys, Instant at) {
        String affiliateId = affiliateId(request);
        if (affiliateId == null) {
            return AffiliateSignals.NONE;
        }
        String affiliate = scope(merchantId, affiliateId);
        String customerId = request.buyer() == null ? null : blankToNull(request.buyer().customerId());
        Set<IdentityKind> own = EnumSet.noneOf(IdentityKind.class);
        for (IdentityKey key : keys) {
            if (OWN_KINDS.contains(key.kind()) && ledger.isOwnKey(affiliate, key.hash())) {
                own.add(key.kind());
            }
        }
        int onDevice = 0;
        int atAddress = 0;
        if (isNewBuyer(request)) {
            String buyer = buyerKey(keys);
            Instant from = at.minus(settings.burstWindow());
            for (IdentityKey key : keys) {
                if (key.kind() == IdentityKind.DEVICE) {
                    onDevice = Math.max(onDevice, velocity.countDistinct(burstKey(affiliate, key), from, at, buyer));
                } else if (key.kind() == IdentityKind.ADDRESS) {
                    atAddress = Math.max(atAddress, velocity.countDistinct(burstKey(affiliate, key), from, at, buyer));
                }
            }
        }
        return new AffiliateSignals(affiliateId, affiliateId.equals(customerId), own, onDevice, atAddress);
    }

    /** Records an order: its affiliate as known, a new buyer for the burst counts, an affiliate's own keys. */
    public void remember(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant at) {
        rememberLongTerm(merchantId, keys, facts);
        if (facts.affiliateId() != null && facts.newBuyer()) {
            String buyer = buyerKey(keys);
            if (buyer != null) {
                String affiliate = scope(merchantId, facts.affiliateId());
                for (IdentityKey key : keys) {
                    if (key.kind() == IdentityKind.DEVICE || key.kind() == IdentityKind.ADDRESS) {
                        velocity.addDistinct(burstKey(affiliate, key), buyer, at);
                    }
                }
            }
        }
    }

    /** The part of {@link #remember} that outlives velocity's windows: which affiliates exist and their own keys. */
    public void rememberLongTerm(String merchantId, List<IdentityKey> keys, OrderFacts facts) {
        if (facts.affiliateId() != null) {
            ledger.addAffiliate(scope(merchantId, facts.affiliateId()));
        }
        if (facts.affiliateOwnOrder() != null) {
            String affiliate = scope(merchantId, facts.affiliateOwnOrder());
            for (IdentityKey key : keys) {
                if (OWN_KINDS.contains(key.kind())) {
                    ledger.addOwnKey(affiliate, key.hash());
                }
            }
        }
    }

    /** Makes {@code keys} (IP addresses left out) the ones registered for the affiliate, in place of those registered before. */
    public void register(String merchantId, String affiliateId, List<IdentityKey> keys) {
        List<String> own = keys.stream().filter(key -> OWN_KINDS.contains(key.kind())).map(IdentityKey::hash).toList();
        ledger.register(scope(merchantId, affiliateId), own);
    }

    /** Withdraws the affiliate's registration: its keys no longer make an order a self-referral, unless its own orders showed them. */
    public void unregister(String merchantId, String affiliateId) {
        ledger.unregister(scope(merchantId, affiliateId));
    }

    /** Who the buyer is, for counting different buyers: their email, else their reading and phone, else name and address. */
    private static String buyerKey(List<IdentityKey> keys) {
        String kanaPhone = null;
        String nameAddress = null;
        for (IdentityKey key : keys) {
            switch (key.kind()) {
                case EMAIL -> {
                    return key.hash();
                }
                case KANA_PHONE -> kanaPhone = kanaPhone == null ? key.hash() : kanaPhone;
                case NAME_ADDRESS -> nameAddress = nameAddress == null ? key.hash() : nameAddress;
                default -> {
                }
            }
        }
        return kanaPhone != null ? kanaPhone : nameAddress;
    }

    private static String scope(String merchantId, String affiliateId) {
        return merchantId + '|' + affiliateId;
    }

    private static String burstKey(String affiliate, IdentityKey key) {
        return affiliate + "|new-buyers|" + key.hash();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
