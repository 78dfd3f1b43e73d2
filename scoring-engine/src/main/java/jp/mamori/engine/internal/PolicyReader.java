package jp.mamori.engine.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.mamori.connector.Decision;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.checks.AffiliateSettings;
import jp.mamori.engine.checks.CardTestingSettings;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;
import tools.jackson.databind.JsonNode;

/**
 * Reads a policy from its tree (parsed from JSON or YAML by {@link PolicyDocument}), naming the field of any
 * mistake in an {@link InvalidPolicy}. A field it does not know is a mistake too: a misspelt one would
 * silently keep its default.
 */
public final class PolicyReader {

    private static final String[] FIELDS = {"version", "thresholds", "weights", "velocity", "distinct", "hard_rules",
        "checks", "disabled_reasons", "allow_list", "payment_methods"};
    private static final String IDENTITY_LABELS = Arrays.stream(IdentityKind.values())
            .map(IdentityKind::label).collect(Collectors.joining(", "));

    private PolicyReader() {
    }

    public static Policy read(JsonNode root) {
        if (!root.isObject()) {
            throw InvalidPolicy.at("", "must be an object of settings (version, thresholds, weights, ...)");
        }
        refuseUnknown(root, "", FIELDS);
        String version = text(required(root, "version", "version"), "version");
        if (version.isBlank()) {
            throw InvalidPolicy.at("version", "must not be blank");
        }
        JsonNode weightsNode = required(root, "weights", "weights");
        if (!weightsNode.isObject()) {
            throw InvalidPolicy.at("weights", "must be an object of reason codes and weights");
        }
        Map<ReasonCode, Integer> weights = new EnumMap<>(ReasonCode.class);
        for (Map.Entry<String, JsonNode> weight : weightsNode.properties()) {
            weights.put(reason(weight.getKey(), "weights." + weight.getKey()),
                    integer(weight.getValue(), "weights." + weight.getKey()));
        }
        List<VelocityRule> rules = new ArrayList<>();
        JsonNode velocity = root.path("velocity");
        if (!velocity.isMissingNode() && !velocity.isArray()) {
            throw InvalidPolicy.at("velocity", "must be a list of rules");
        }
        for (int i = 0; i < velocity.size(); i++) {
            JsonNode rule = velocity.get(i);
            String at = "velocity[" + i + "]";
            rules.add(new VelocityRule(
                    reason(text(required(rule, "reason", at + ".reason"), at + ".reason"), at + ".reason"),
                    identity(text(required(rule, "identity", at + ".identity"), at + ".identity"), at + ".identity"),
                    duration(text(required(rule, "window", at + ".window"), at + ".window"), at + ".window"),
                    integer(required(rule, "limit", at + ".limit"), at + ".limit")));
        }
        List<DistinctRule> distinctRules = distinctRules(root.path("distinct"));
        Map<ReasonCode, Decision> hardRules = hardRules(root.path("hard_rules"));
        CheckSettings checks = checks(root.path("checks"));
        Set<ReasonCode> disabled = disabledReasons(root.path("disabled_reasons"));
        Set<String> allowListed = allowList(root.path("allow_list"));
        Set<String> paymentMethods = root.has("payment_methods") ? texts(root.get("payment_methods"), "payment_methods") : Set.of();
        JsonNode thresholds = required(root, "thresholds", "thresholds");
        int review = integer(required(thresholds, "review", "thresholds.review"), "thresholds.review");
        int ng = integer(required(thresholds, "ng", "thresholds.ng"), "thresholds.ng");
        try {
            return new Policy(version, review, ng, weights, rules, distinctRules, hardRules, checks,
                    disabled, allowListed, paymentMethods);
        } catch (IllegalArgumentException e) {
            // What the reader has not checked itself is the thresholds' order, whose message starts with "thresholds".
            throw InvalidPolicy.inSettings("", e);
        }
    }

    /** {@code "disabled_reasons": ["EMAIL_ALIAS"]}: reasons this policy never gives. */
    private static Set<ReasonCode> disabledReasons(JsonNode node) {
        Set<ReasonCode> disabled = EnumSet.noneOf(ReasonCode.class);
        if (node.isMissingNode()) {
            return disabled;
        }
        if (!node.isArray()) {
            throw InvalidPolicy.at("disabled_reasons", "must be a list of reason codes");
        }
        for (int i = 0; i < node.size(); i++) {
            String field = "disabled_reasons[" + i + "]";
            disabled.add(reason(text(node.get(i), field), field));
        }
        return disabled;
    }

    /** {@code "allow_list": {"customer_ids": ["C-1001"]}}: the shop's own ids of customers it trusts. */
    private static Set<String> allowList(JsonNode node) {
        if (node.isMissingNode()) {
            return Set.of();
        }
        if (!node.isObject()) {
            throw InvalidPolicy.at("allow_list", "must be an object");
        }
        refuseUnknown(node, "allow_list", "customer_ids");
        JsonNode ids = node.path("customer_ids");
        if (ids.isMissingNode()) {
            return Set.of();
        }
        if (!ids.isArray()) {
            throw InvalidPolicy.at("allow_list.customer_ids", "must be a list of strings");
        }
        Set<String> customers = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "allow_list.customer_ids[" + i + "]";
            String id = text(ids.get(i), field);
            if (id.isBlank()) {
                throw InvalidPolicy.at(field, "must not be blank");
            }
            customers.add(id.strip());
        }
        return customers;
    }

    private static List<DistinctRule> distinctRules(JsonNode distinct) {
        if (!distinct.isMissingNode() && !distinct.isArray()) {
            throw InvalidPolicy.at("distinct", "must be a list of rules");
        }
        List<DistinctRule> rules = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            JsonNode rule = distinct.get(i);
            String at = "distinct[" + i + "]";
            rules.add(new DistinctRule(
                    reason(text(required(rule, "reason", at + ".reason"), at + ".reason"), at + ".reason"),
                    identity(text(required(rule, "identity", at + ".identity"), at + ".identity"), at + ".identity"),
                    identity(text(required(rule, "distinct", at + ".distinct"), at + ".distinct"), at + ".distinct"),
                    duration(text(required(rule, "window", at + ".window"), at + ".window"), at + ".window"),
                    integer(required(rule, "limit", at + ".limit"), at + ".limit")));
        }
        return rules;
    }

    /** {@code "hard_rules": {"NEGATIVE_LIST_MATCH": "NG"}}: the least decision when a reason is given. */
    private static Map<ReasonCode, Decision> hardRules(JsonNode rules) {
        Map<ReasonCode, Decision> hardRules = new EnumMap<>(ReasonCode.class);
        if (rules.isMissingNode()) {
            return hardRules;
        }
        if (!rules.isObject()) {
            throw InvalidPolicy.at("hard_rules", "must be an object of reason codes and decisions");
        }
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            String field = "hard_rules." + rule.getKey();
            String decision = text(rule.getValue(), field);
            if (!decision.equals("REVIEW") && !decision.equals("NG")) {
                throw InvalidPolicy.at(field, "must be REVIEW or NG");
            }
            hardRules.put(reason(rule.getKey(), field), Decision.valueOf(decision));
        }
        return hardRules;
    }

    /** The {@code checks} section; each setting left out keeps its {@linkplain CheckSettings#DEFAULT default}. */
    private static CheckSettings checks(JsonNode checks) {
        if (checks.isMissingNode()) {
            return CheckSettings.DEFAULT;
        }
        if (!checks.isObject()) {
            throw InvalidPolicy.at("checks", "must be an object");
        }
        refuseUnknown(checks, "checks", "free_mail_high_amount_yen", "furigana_min_confidence", "domestic_timezones",
                "domestic_languages", "pay_later_methods", "first_purchase_lookback", "card_testing", "affiliate");
        CheckSettings defaults = CheckSettings.DEFAULT;
        long highAmount = checks.has("free_mail_high_amount_yen")
                ? wholeNumber(checks.get("free_mail_high_amount_yen"), "checks.free_mail_high_amount_yen")
                : defaults.freeMailHighAmountYen();
        double confidence = checks.has("furigana_min_confidence")
                ? number(checks.get("furigana_min_confidence"), "checks.furigana_min_confidence")
                : defaults.furiganaMinConfidence();
        Set<String> timezones = checks.has("domestic_timezones")
                ? texts(checks.get("domestic_timezones"), "checks.domestic_timezones")
                : defaults.domesticTimezones();
        Set<String> languages = checks.has("domestic_languages")
                ? texts(checks.get("domestic_languages"), "checks.domestic_languages")
                : defaults.domesticLanguages();
        Set<String> payLater = checks.has("pay_later_methods")
                ? texts(checks.get("pay_later_methods"), "checks.pay_later_methods")
                : defaults.payLaterMethods();
        Duration lookback = checks.has("first_purchase_lookback")
                ? duration(text(checks.get("first_purchase_lookback"), "checks.first_purchase_lookback"), "checks.first_purchase_lookback")
                : defaults.firstPurchaseLookback();
        CardTestingSettings cardTesting = cardTesting(checks.path("card_testing"));
        AffiliateSettings affiliates = affiliates(checks.path("affiliate"));
        try {
            return new CheckSettings(highAmount, confidence, timezones, languages, payLater, lookback, cardTesting, affiliates);
        } catch (IllegalArgumentException e) {
            throw InvalidPolicy.inSettings("checks.", e);
        }
    }

    /** {@code checks.card_testing}; each setting left out keeps its {@linkplain CardTestingSettings#DEFAULT default}. */
    private static CardTestingSettings cardTesting(JsonNode node) {
        CardTestingSettings d = CardTestingSettings.DEFAULT;
        if (node.isMissingNode()) {
            return d;
        }
        String at = "checks.card_testing";
        if (!node.isObject()) {
            throw InvalidPolicy.at(at, "must be an object");
        }
        refuseUnknown(node, at, "window", "sequential_last4_gap", "sequential_last4_limit", "small_amount_yen",
                "small_amount_card_limit", "decline_window", "decline_limit", "bin_decline_limit");
        Duration window = optionalDuration(node, "window", at, d.window());
        int gap = optionalInt(node, "sequential_last4_gap", at, d.sequentialGap());
        int sequentialLimit = optionalInt(node, "sequential_last4_limit", at, d.sequentialLimit());
        long smallYen = node.has("small_amount_yen") ? wholeNumber(node.get("small_amount_yen"), at + ".small_amount_yen") : d.smallAmountYen();
        int smallCards = optionalInt(node, "small_amount_card_limit", at, d.smallAmountCardLimit());
        Duration declineWindow = optionalDuration(node, "decline_window", at, d.declineWindow());
        int declineLimit = optionalInt(node, "decline_limit", at, d.declineLimit());
        int binDeclineLimit = optionalInt(node, "bin_decline_limit", at, d.binDeclineLimit());
        try {
            return new CardTestingSettings(window, gap, sequentialLimit, smallYen, smallCards, declineWindow, declineLimit, binDeclineLimit);
        } catch (IllegalArgumentException e) {
            throw InvalidPolicy.inSettings("checks.", e);
        }
    }

    /** {@code checks.affiliate}; each setting left out keeps its {@linkplain AffiliateSettings#DEFAULT default}. */
    private static AffiliateSettings affiliates(JsonNode node) {
        AffiliateSettings d = AffiliateSettings.DEFAULT;
        if (node.isMissingNode()) {
            return d;
        }
        String at = "checks.affiliate";
        if (!node.isObject()) {
            throw InvalidPolicy.at(at, "must be an object");
        }
        refuseUnknown(node, at, "burst_window", "new_buyers_per_device_limit", "new_buyers_per_address_limit");
        Duration window = optionalDuration(node, "burst_window", at, d.burstWindow());
        int perDevice = optionalInt(node, "new_buyers_per_device_limit", at, d.deviceLimit());
        int perAddress = optionalInt(node, "new_buyers_per_address_limit", at, d.addressLimit());
        try {
            return new AffiliateSettings(window, perDevice, perAddress);
        } catch (IllegalArgumentException e) {
            throw InvalidPolicy.inSettings("checks.", e);
        }
    }

    /** A misspelt setting would silently keep its default: name it instead. */
    private static void refuseUnknown(JsonNode node, String at, String... known) {
        Set<String> names = Set.of(known);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!names.contains(field.getKey())) {
                throw InvalidPolicy.at(at.isEmpty() ? field.getKey() : at + "." + field.getKey(), "is not a setting");
            }
        }
    }

    private static Duration optionalDuration(JsonNode node, String name, String at, Duration otherwise) {
        return node.has(name) ? duration(text(node.get(name), at + "." + name), at + "." + name) : otherwise;
    }

    private static int optionalInt(JsonNode node, String name, String at, int otherwise) {
        return node.has(name) ? integer(node.get(name), at + "." + name) : otherwise;
    }

    private static long wholeNumber(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InvalidPolicy.at(field, "must be a whole number");
        }
        return node.longValue();
    }

    private static double number(JsonNode node, String field) {
        if (!node.isNumber()) {
            throw InvalidPolicy.at(field, "must be a number");
        }
        return node.doubleValue();
    }

    private static Set<String> texts(JsonNode node, String field) {
        if (!node.isArray() || node.isEmpty()) {
            throw InvalidPolicy.at(field, "must be a non-empty list of strings");
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String value = text(node.get(i), field + "[" + i + "]");
            if (value.isBlank()) {
                throw InvalidPolicy.at(field + "[" + i + "]", "must not be blank");
            }
            values.add(value);
        }
        return values;
    }

    /** The member {@code name} of {@code node}; {@code field} is its full path, for the message. */
    private static JsonNode required(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw InvalidPolicy.at(field, "is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isString()) {
            throw InvalidPolicy.at(field, "must be a string");
        }
        return node.stringValue();
    }

    private static int integer(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw InvalidPolicy.at(field, "must be a whole number");
        }
        return node.intValue();
    }

    private static ReasonCode reason(String code, String field) {
        try {
            return ReasonCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicy(field, "is not a reason code", 0, e);
        }
    }

    private static IdentityKind identity(String label, String field) {
        try {
            return IdentityKind.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicy(field, "is not a kind of identity (" + IDENTITY_LABELS + ")", 0, e);
        }
    }

    private static Duration duration(String text, String field) {
        Duration window;
        try {
            window = Duration.parse(text);
        } catch (RuntimeException e) {
            throw InvalidPolicy.at(field, "must be an ISO-8601 duration such as PT1H");
        }
        if (window.isZero() || window.isNegative()) {
            throw InvalidPolicy.at(field, "must be a positive duration such as PT1H");
        }
        return window;
    }
}
