package jp.mamori.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Device;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Payment;
import jp.mamori.connector.Reason;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.checks.AffiliateNewBuyerBurstCheck;
import jp.mamori.engine.checks.AffiliateSelfReferralCheck;
import jp.mamori.engine.checks.AffiliateSignals;
import jp.mamori.engine.checks.AnonymousNetworkCheck;
import jp.mamori.engine.checks.CardDeclinesCheck;
import jp.mamori.engine.checks.CardTestingSignals;
import jp.mamori.engine.checks.CardVerificationMismatchCheck;
import jp.mamori.engine.checks.Check;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.DisposableEmailDomainCheck;
import jp.mamori.engine.checks.DummyPhoneCheck;
import jp.mamori.engine.checks.EmailAliasCheck;
import jp.mamori.engine.checks.EmailDomainTypoCheck;
import jp.mamori.engine.checks.EmailDomainWithoutMailHostCheck;
import jp.mamori.engine.checks.EmailSyntaxCheck;
import jp.mamori.engine.checks.Evidence;
import jp.mamori.engine.checks.Finding;
import jp.mamori.engine.checks.FirstPurchaseOnlyRepeatCheck;
import jp.mamori.engine.checks.FirstPurchaseOnlyResaleRingCheck;
import jp.mamori.engine.checks.FirstPurchaseRepeat;
import jp.mamori.engine.checks.ForwardingServiceAddressCheck;
import jp.mamori.engine.checks.ForeignLocaleCheck;
import jp.mamori.engine.checks.ForeignWebmailCheck;
import jp.mamori.engine.checks.FreeMailHighAmountCheck;
import jp.mamori.engine.checks.FuriganaMismatchCheck;
import jp.mamori.engine.checks.InvalidPhoneCheck;
import jp.mamori.engine.checks.IpPhoneNewCustomerCheck;
import jp.mamori.engine.checks.IssuerCountryMismatchCheck;
import jp.mamori.engine.checks.ManyDistinctIdentitiesCheck;
import jp.mamori.engine.checks.NegativeListCheck;
import jp.mamori.engine.checks.MissingBlockNumberCheck;
import jp.mamori.engine.checks.OrderVelocityCheck;
import jp.mamori.engine.checks.OverseasIpCheck;
import jp.mamori.engine.checks.PayLaterThrowawayContactCheck;
import jp.mamori.engine.checks.PickupHoldAddressCheck;
import jp.mamori.engine.checks.PoBoxAddressCheck;
import jp.mamori.engine.checks.PostalCodeMismatchCheck;
import jp.mamori.engine.checks.RandomEmailLocalPartCheck;
import jp.mamori.engine.checks.SequentialCardNumbersCheck;
import jp.mamori.engine.checks.ShippingOverseasCheck;
import jp.mamori.engine.checks.ShortStayAddressCheck;
import jp.mamori.engine.checks.SmallAmountCardTestingCheck;
import jp.mamori.engine.checks.ThreeDsNotAuthenticatedCheck;
import jp.mamori.engine.checks.TimezoneNetworkMismatchCheck;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.data.ForwardingServices;
import jp.mamori.engine.internal.AffiliateMemory;
import jp.mamori.engine.internal.AffiliateRegistration;
import jp.mamori.engine.internal.CardTestingMemory;
import jp.mamori.engine.internal.FirstPurchaseMemory;
import jp.mamori.engine.internal.LatestDeclines;
import jp.mamori.engine.internal.OrderCounter;
import jp.mamori.engine.internal.PolicyDocument;
import jp.mamori.engine.internal.StateBounds;
import jp.mamori.engine.internal.ThreeDsAdvice;
import jp.mamori.engine.normalize.NormalizedOrder;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.Ledgers;
import jp.mamori.engine.state.NegativeList;
import jp.mamori.engine.state.VelocityStore;

/**
 * The screening pipeline: normalize, gather signals, evaluate ({@link #assess}); then, once the
 * caller has stored the screening, {@link #record} it so that it counts for the orders that follow.
 * Velocity and the {@linkplain Ledgers ledgers} (first purchases, card attempts, affiliates) are kept per
 * merchant; the {@linkplain #negativeList() negative list} is shared by all. Declined card payments reported
 * by a PSP enter through {@link #recordDecline}; affiliates' own identities through {@link #registerAffiliate}.
 *
 * <p>The engine's own {@linkplain #policy() policy} screens every merchant that has none of its own
 * ({@link #usePolicy}); it also bounds how far back state is kept, so a merchant's policy may look back no further.
 */
public final class ScoringEngine {

    /** The kinds of a screened order's keys that a decline of its payment counts against: who tried, with what card. */
    private static final Set<IdentityKind> DECLINE_KINDS =
            EnumSet.of(IdentityKind.DEVICE, IdentityKind.IP, IdentityKind.EMAIL, IdentityKind.CARD);


    private final Policy policy;
    private final OrderNormalizer normalizer;
    private final IdentityKeys identityKeys;
    private final VelocityStore velocity;
    private final NegativeList negativeList;
    private final Ledgers ledgers;
    private final DisposableEmailDomains disposableDomains;
    private final ForwardingServices forwardingServices;
    private final Rules defaultRules;
    private final ConcurrentHashMap<String, Rules> merchantRules = new ConcurrentHashMap<>();
    // What is recorded does not depend on any policy's thresholds: the default rules' memories record for all.
    private final FirstPurchaseMemory firstPurchases;
    private final CardTestingMemory cardTesting;
    private final AffiliateMemory affiliates;
    private final LatestDeclines latestDeclines = new LatestDeclines();

    /** A policy with what it needs to screen: its checks, and the memories that gather with its settings. */
    private record Rules(Policy policy, List<Check> checks, OrderCounter orderCounter, FirstPurchaseMemory firstPurchases,
                         CardTestingMemory cardTesting, AffiliateMemory affiliates) {
    }

    /** An engine with an empty negative list and empty ledgers of its own, in memory, and the bundled forwarding list. */
    public ScoringEngine(Policy policy, OrderNormalizer normalizer, IdentityKeyer keyer, VelocityStore velocity,
                         DisposableEmailDomains disposableDomains) {
        this(policy, normalizer, keyer, velocity, disposableDomains, new InMemoryNegativeList());
    }

    /** An engine with empty ledgers of its own, in memory, and the bundled forwarding list. */
    public ScoringEngine(Policy policy, OrderNormalizer normalizer, IdentityKeyer keyer, VelocityStore velocity,
                         DisposableEmailDomains disposableDomains, NegativeList negativeList) {
        this(policy, normalizer, keyer, velocity, inMemoryLedgers(policy), disposableDomains, ForwardingServices.bundled(),
                negativeList);
    }

    public ScoringEngine(Policy policy, OrderNormalizer normalizer, IdentityKeyer keyer, VelocityStore velocity,
                         Ledgers ledgers, DisposableEmailDomains disposableDomains, ForwardingServices forwardingServices,
                         NegativeList negativeList) {
        this.policy = policy;
        this.negativeList = negativeList;
        this.normalizer = normalizer;
        this.identityKeys = new IdentityKeys(normalizer, keyer);
        this.velocity = velocity;
        this.ledgers = ledgers;
        this.disposableDomains = disposableDomains;
        this.forwardingServices = forwardingServices;
        this.defaultRules = rules(policy);
        this.firstPurchases = defaultRules.firstPurchases();
        this.cardTesting = defaultRules.cardTesting();
        this.affiliates = defaultRules.affiliates();
    }

    private Rules rules(Policy policy) {
        CheckSettings settings = policy.checks();
        // In the order ties of weight are listed: negative list, email, address, phone, name, device, payment, behaviour.
        List<Check> checks = List.of(
                new NegativeListCheck(),
                new EmailSyntaxCheck(),
                new DisposableEmailDomainCheck(disposableDomains),
                new EmailDomainWithoutMailHostCheck(),
                new EmailDomainTypoCheck(),
                new EmailAliasCheck(),
                new RandomEmailLocalPartCheck(),
                new FreeMailHighAmountCheck(settings.freeMailHighAmountYen()),
                new ForeignWebmailCheck(),
                new PostalCodeMismatchCheck(),
                new MissingBlockNumberCheck(),
                new PickupHoldAddressCheck(),
                new ShortStayAddressCheck(),
                new PoBoxAddressCheck(),
                new ForwardingServiceAddressCheck(forwardingServices),
                new ShippingOverseasCheck(),
                new InvalidPhoneCheck(),
                new DummyPhoneCheck(),
                new IpPhoneNewCustomerCheck(),
                new FuriganaMismatchCheck(settings.furiganaMinConfidence()),
                new OverseasIpCheck(),
                new AnonymousNetworkCheck(),
                new ForeignLocaleCheck(settings),
                new TimezoneNetworkMismatchCheck(settings),
                new IssuerCountryMismatchCheck(),
                new ThreeDsNotAuthenticatedCheck(),
                new CardVerificationMismatchCheck(),
                new PayLaterThrowawayContactCheck(disposableDomains, settings),
                new OrderVelocityCheck(policy.velocityRules()),
                new ManyDistinctIdentitiesCheck(policy.distinctRules()),
                new SequentialCardNumbersCheck(settings.cardTesting()),
                new SmallAmountCardTestingCheck(settings.cardTesting()),
                new CardDeclinesCheck(settings.cardTesting()),
                new FirstPurchaseOnlyRepeatCheck(),
                new FirstPurchaseOnlyResaleRingCheck(),
                new AffiliateSelfReferralCheck(),
                new AffiliateNewBuyerBurstCheck(settings.affiliates()));
        return new Rules(policy, checks, new OrderCounter(policy.velocityRules()),
                new FirstPurchaseMemory(ledgers.firstPurchases(), settings.firstPurchaseLookback()),
                new CardTestingMemory(ledgers.cardAttempts(), velocity, latestDeclines, settings.cardTesting()),
                new AffiliateMemory(ledgers.affiliates(), velocity, settings.affiliates()));
    }

    /** Ledgers in memory that keep what {@code policy} looks back over. */
    public static Ledgers inMemoryLedgers(Policy policy) {
        return Ledgers.inMemory(policy.checks().firstPurchaseLookback(), policy.checks().cardTesting().window());
    }

    /** The policy of every merchant without one of its own; it bounds how far back any merchant's policy may look. */
    public Policy policy() {
        return policy;
    }

    /** The policy {@code merchantId}'s orders are screened with. */
    public Policy policyFor(String merchantId) {
        return rulesFor(merchantId).policy();
    }

    /**
     * Screens {@code merchantId}'s orders with {@code merchantPolicy} from now on. Refused with an {@link InvalidPolicy}
     * naming the field when the policy looks further back than this engine keeps state (see {@link #policy()}).
     */
    public void usePolicy(String merchantId, Policy merchantPolicy) {
        StateBounds.check(merchantPolicy, policy);
        merchantRules.put(merchantId, rules(merchantPolicy));
    }

    /**
     * A policy from its text that this engine can screen with: valid, and looking no further back than the
     * engine keeps state. A mistake is an {@link InvalidPolicy} naming its line and field.
     */
    public Policy readPolicy(String text, PolicyFormat format) {
        return PolicyDocument.read(text, format, candidate -> StateBounds.check(candidate, policy));
    }

    private Rules rulesFor(String merchantId) {
        Rules rules = merchantRules.get(merchantId);
        return rules == null ? defaultRules : rules;
    }

    /**
     * The identity keys a screening of {@code request} would give, e.g. of fraudsters known from elsewhere, to list
     * them on the negative list by the same normalization that orders are matched by.
     */
    public List<IdentityKey> keysOf(ScreeningRequest request) {
        return identityKeys.of(request);
    }

    /** The shared negative list the engine matches orders against, for the gateway to feed and prune. */
    public NegativeList negativeList() {
        return negativeList;
    }

    /** Assesses an order without anything from outside providers. */
    public Assessment assess(String merchantId, ScreeningRequest request) {
        return assess(merchantId, request, ProviderSignals.NONE);
    }

    /** Assesses an order with what the providers said of it ({@link ProviderLookups#gather}). */
    public Assessment assess(String merchantId, ScreeningRequest request, ProviderSignals providers) {
        Rules rules = rulesFor(merchantId);
        Policy policy = rules.policy();
        NormalizedOrder order = normalizer.normalize(request);
        List<IdentityKey> keys = identityKeys.of(order);
        Instant at = request.orderedAt();
        Map<String, String> firstPurchaseOnly = FirstPurchaseMemory.items(request);
        OrderFacts facts = facts(merchantId, request, firstPurchaseOnly);
        if (!policy.screens(request.payment())) {
            // Still recorded by the caller: an order paid cash on delivery counts for the velocity of the next card order.
            List<Reason> reasons = List.of(reason(policy, Finding.of(ReasonCode.PAYMENT_METHOD_NOT_SCREENED,
                    request.payment().method().strip(), String.join(", ", new TreeSet<>(policy.screenedPaymentMethods())))));
            return new Assessment(merchantId, at, Decision.OK, 0, reasons, Recommendation.NONE, policy.version(), keys, facts);
        }

        List<FirstPurchaseRepeat> repeats = rules.firstPurchases().gather(merchantId, request.orderId(), firstPurchaseOnly, keys, at);
        CardTestingSignals cardSignals = rules.cardTesting().gather(merchantId, request, keys, at);
        AffiliateSignals affiliateSignals = rules.affiliates().gather(merchantId, request, keys, at);
        Evidence evidence = new Evidence(request, order, rules.orderCounter().counts(velocity, merchantId, keys, at),
                distinctCounts(policy, merchantId, at, keys), negativeList.matches(keys, at), repeats, cardSignals, affiliateSignals,
                providers);

        List<Finding> findings = new ArrayList<>();
        for (Check check : rules.checks()) {
            check.inspect(evidence, findings::add);
        }
        boolean trusted = policy.trusts(request.buyer());
        if (trusted) {
            findings.add(Finding.of(ReasonCode.ALLOW_LIST_CUSTOMER, request.buyer().customerId().strip()));
        }
        List<Reason> reasons = new ArrayList<>();
        List<ReasonCode> codes = new ArrayList<>();
        int score = 0;
        for (Finding finding : findings) {
            if (policy.gives(finding.code())) {
                Reason reason = reason(policy, finding);
                reasons.add(reason);
                codes.add(finding.code());
                score += reason.weight();
            }
        }
        // Heaviest first, so the clerk reads what decided the order before the small print; ties keep check order.
        reasons.sort(Comparator.comparingInt(Reason::weight).reversed());
        score = Math.max(0, Math.min(100, score));
        // A trusted customer's order is held only by a hard rule (a negative list match), never by the score.
        Decision decision = trusted ? policy.hardRuleFloor(codes) : policy.decide(score, codes);
        Recommendation recommendation = ThreeDsAdvice.recommend(decision, request.payment());
        return new Assessment(merchantId, at, decision, score, reasons, recommendation, policy.version(), keys, facts);
    }

    private static Reason reason(Policy policy, Finding finding) {
        return new Reason(finding.code().name(), policy.weight(finding.code()), finding.message(), finding.messageJa());
    }

    /** What to remember of the order besides its keys. */
    private OrderFacts facts(String merchantId, ScreeningRequest request, Map<String, String> firstPurchaseOnly) {
        Card card = request.payment() == null ? null : request.payment().card();
        return new OrderFacts(
                request.orderId(),
                List.copyOf(firstPurchaseOnly.keySet()),
                AffiliateMemory.affiliateId(request),
                affiliates.ownOrderOf(merchantId, request),
                AffiliateMemory.isNewBuyer(request),
                card == null ? null : card.bin(),
                card == null ? null : card.last4(),
                CardTestingMemory.amountYen(request.amount()));
    }

    private Map<DistinctRule, Integer> distinctCounts(Policy policy, String merchantId, Instant orderedAt, List<IdentityKey> keys) {
        Map<DistinctRule, Integer> counts = new HashMap<>();
        for (DistinctRule rule : policy.distinctRules()) {
            for (IdentityKey key : keys) {
                if (key.kind() != rule.identity()) {
                    continue;
                }
                String scope = distinctScope(merchantId, key, rule.distinct());
                Instant from = orderedAt.minus(rule.window());
                boolean hasMember = false;
                for (IdentityKey member : keys) {
                    if (member.kind() == rule.distinct()) {
                        hasMember = true;
                        counts.merge(rule, velocity.countDistinct(scope, from, orderedAt, member.hash()), Math::max);
                    }
                }
                if (!hasMember) {
                    // This order adds nothing to count (no card), but the ones before it still tell.
                    counts.merge(rule, velocity.countDistinct(scope, from, orderedAt, null), Math::max);
                }
            }
        }
        return counts;
    }

    /** Makes a stored screening count for the orders that follow it. */
    public void record(Assessment assessment) {
        remember(assessment.merchantId(), assessment.keys(), assessment.facts(), assessment.orderedAt());
    }

    /**
     * Feeds one stored screening's keys back into velocity, e.g. at start-up: its orders per identity
     * and the pairs the policy's distinct rules count (cards per device). For a screening stored without
     * {@link OrderFacts}; {@link #remember(String, List, OrderFacts, Instant)} also feeds the ledgers.
     */
    public void remember(String merchantId, List<IdentityKey> keys, Instant orderedAt) {
        remember(merchantId, keys, OrderFacts.NONE, orderedAt);
    }

    /**
     * Feeds one stored screening back into state, e.g. at start-up: velocity (orders per identity, the pairs
     * distinct rules count), card attempts, and the long-term ledgers ({@link #rememberLongTerm}).
     */
    public void remember(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant orderedAt) {
        for (IdentityKey key : keys) {
            velocity.add(OrderCounter.key(merchantId, key), orderedAt);
        }
        rememberDistinct(merchantId, keys, orderedAt);
        cardTesting.rememberOrder(merchantId, keys, facts, orderedAt);
        firstPurchases.remember(merchantId, keys, facts, orderedAt);
        affiliates.remember(merchantId, keys, facts, orderedAt);
    }

    /**
     * Feeds only what outlives velocity's windows back into state: who bought first-purchase-only items and the
     * affiliates' own keys. For stored screenings older than {@link Policy#velocityRetention()} but within
     * {@link CheckSettings#firstPurchaseLookback()}, at start-up; newer ones go through {@link #remember}.
     */
    public void rememberLongTerm(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant orderedAt) {
        firstPurchases.remember(merchantId, keys, facts, orderedAt);
        affiliates.rememberLongTerm(merchantId, keys, facts);
    }

    /**
     * A card payment the PSP declined: counts towards the card-testing checks (declines per device, IP address,
     * email, card and BIN; nearby card numbers; different cards per device and IP) of the orders that follow.
     * Returns the keyed form for the caller to store and give back to {@link #remember(DeclineEvent)} at start-up.
     */
    public DeclineEvent recordDecline(String merchantId, Decline decline) {
        DeclineEvent event = declineEvent(merchantId, decline, List.of());
        remember(event);
        return event;
    }

    /**
     * A decline keyed as {@link #recordDecline} keys it, together with the device, IP address, email and card keys of
     * the screened order the declined payment belonged to ({@code ofThePayment}, from history): a PSP's decline
     * notice rarely says who tried, the screening of the payment does. Nothing is remembered: the caller stores the
     * event first, then gives it to {@link #remember(DeclineEvent)}.
     */
    public DeclineEvent declineEvent(String merchantId, Decline decline, Collection<IdentityKey> ofThePayment) {
        ScreeningRequest tried = new ScreeningRequest(null, decline.at(), null,
                new Buyer(null, decline.email(), null, null, null), null, List.of(), List.of(),
                new Payment("card", new Card(decline.cardBin(), decline.cardLast4(), decline.cardFingerprint(), null), null),
                new Device(decline.ip(), null, null, null, null, decline.deviceCookie()), null);
        Set<IdentityKey> keys = new LinkedHashSet<>(identityKeys.of(tried));
        for (IdentityKey key : ofThePayment) {
            if (DECLINE_KINDS.contains(key.kind())) {
                keys.add(key);
            }
        }
        return new DeclineEvent(merchantId, decline.at(), List.copyOf(keys), decline.cardBin(), decline.cardLast4());
    }

    /** Feeds a stored decline back into state, e.g. at start-up. */
    public void remember(DeclineEvent decline) {
        cardTesting.rememberDecline(decline);
        rememberDistinct(decline.merchantId(), decline.keys(), decline.at());
    }

    /**
     * Registers the identity an affiliate signed up with (with the merchant or the ASP): an order through that
     * affiliate whose keys match is a self-referral. A registration replaces the affiliate's earlier one. Returns
     * the keys registered ({@link #affiliateKeysOf}), for the caller to store and give back to
     * {@link #rememberAffiliate} at start-up.
     */
    public List<IdentityKey> registerAffiliate(String merchantId, String affiliateId, AffiliateIdentity identity) {
        List<IdentityKey> keys = affiliateKeysOf(identity);
        rememberAffiliate(merchantId, affiliateId, keys);
        return keys;
    }

    /**
     * The keys a registration of {@code identity} gives, keyed as an order of that person would be, for the caller
     * to store before {@link #rememberAffiliate} makes them count; IP addresses are never among them. A field given
     * that yields no key is refused with an {@link InvalidRequestException} naming it.
     */
    public List<IdentityKey> affiliateKeysOf(AffiliateIdentity identity) {
        return AffiliateRegistration.keys(identityKeys, identity);
    }

    /** Makes {@code keys} the affiliate's registered ones, in place of any registered before: after a registration, or at start-up. */
    public void rememberAffiliate(String merchantId, String affiliateId, List<IdentityKey> keys) {
        affiliates.register(merchantId, affiliateId, keys);
    }

    /**
     * Withdraws an affiliate's registration: its keys stop making orders self-referrals. What the affiliate's own
     * orders under their customer account showed still counts; that was no registration.
     */
    public void unregisterAffiliate(String merchantId, String affiliateId) {
        affiliates.unregister(merchantId, affiliateId);
    }

    private void rememberDistinct(String merchantId, List<IdentityKey> keys, Instant at) {
        Set<String> pairs = new HashSet<>();
        // The pairs the merchant's own rules count; a policy given later counts new pairs from then on.
        for (DistinctRule rule : rulesFor(merchantId).policy().distinctRules()) {
            for (IdentityKey key : keys) {
                for (IdentityKey member : keys) {
                    if (key.kind() == rule.identity() && member.kind() == rule.distinct()) {
                        String scope = distinctScope(merchantId, key, rule.distinct());
                        // Rules over the same pair with other windows share the events: remember each pair once.
                        if (pairs.add(scope + '|' + member.hash())) {
                            velocity.addDistinct(scope, member.hash(), at);
                        }
                    }
                }
            }
        }
    }

    /** The members of one kind seen with a key: kept apart from its order count and from members of other kinds. */
    private static String distinctScope(String merchantId, IdentityKey key, IdentityKind member) {
        return merchantId + '|' + key.hash() + '|' + member.label();
    }
}
