package jp.mamori.woocommerce;

import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.mamori.connector.Decision;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import jp.mamori.connector.signature.Secret;

/**
 * Everything the bridge knows about one WooCommerce shop: where it is, its REST API key, its webhook
 * secrets (all accepted while one is rotated), what to do on each decision, which orders to screen,
 * where it keeps kana and device meta, and how hard to try reaching it. Notes are written in Japanese
 * unless {@code notesInEnglish}. {@code allowInsecureForTests} lets the base URL be plain http, which
 * WooCommerce itself refuses for Basic authentication: only for a fake shop on loopback.
 */
public record ShopSettings(
        String shopId,
        URI baseUrl,
        ShopCredentials credentials,
        List<Secret> webhookSecrets,
        Map<Decision, WriteBackAction> onDecision,
        Set<String> screenStatuses,
        Set<String> paymentMethods,
        OrderMetaKeys metaKeys,
        boolean notesInEnglish,
        ShopHttpPolicy http,
        boolean allowInsecureForTests) {

    /** OK only gets a note; REVIEW and NG are held for a clerk. */
    public static final Map<Decision, WriteBackAction> DEFAULT_ACTIONS =
            Map.of(Decision.OK, WriteBackAction.NOTE, Decision.REVIEW, WriteBackAction.HOLD, Decision.NG, WriteBackAction.HOLD);

    public ShopSettings {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        webhookSecrets = List.copyOf(webhookSecrets);
        if (webhookSecrets.isEmpty()) {
            throw new IllegalArgumentException("shop " + shopId + ": at least one webhook secret is needed");
        }
        Map<Decision, WriteBackAction> actions = new EnumMap<>(DEFAULT_ACTIONS);
        actions.putAll(onDecision);
        if (actions.get(Decision.OK) != WriteBackAction.NOTE || actions.get(Decision.REVIEW) == WriteBackAction.CANCEL) {
            // Cancelling is final; only an NG decision may do it, and an OK order must never be touched.
            throw new IllegalArgumentException("shop " + shopId + ": only NG may cancel, and OK only adds a note");
        }
        onDecision = Map.copyOf(actions);
        screenStatuses = Set.copyOf(screenStatuses);
        paymentMethods = Set.copyOf(paymentMethods);
        Objects.requireNonNull(metaKeys, "metaKeys");
        Objects.requireNonNull(http, "http");
        String scheme = baseUrl.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !("http".equalsIgnoreCase(scheme) && allowInsecureForTests)) {
            throw new IllegalArgumentException("shop " + shopId
                    + ": the base URL must be https, because WooCommerce accepts a REST API key only over HTTPS");
        }
    }

    /** A shop with every default: screen pending, processing and on-hold orders of any payment method. */
    public static ShopSettings of(String shopId, URI baseUrl, ShopCredentials credentials, List<Secret> webhookSecrets) {
        return new ShopSettings(shopId, baseUrl, credentials, webhookSecrets, DEFAULT_ACTIONS,
                ScreeningFilter.DEFAULT_STATUSES, Set.of(), OrderMetaKeys.defaults(), false, ShopHttpPolicy.defaults(), false);
    }

    public ShopSettings withOnDecision(Decision decision, WriteBackAction action) {
        Map<Decision, WriteBackAction> actions = new EnumMap<>(onDecision);
        actions.put(decision, action);
        return new ShopSettings(shopId, baseUrl, credentials, webhookSecrets, actions, screenStatuses, paymentMethods,
                metaKeys, notesInEnglish, http, allowInsecureForTests);
    }

    public ShopSettings withHttp(ShopHttpPolicy policy) {
        return new ShopSettings(shopId, baseUrl, credentials, webhookSecrets, onDecision, screenStatuses, paymentMethods,
                metaKeys, notesInEnglish, policy, allowInsecureForTests);
    }

    public ShopSettings withNotesInEnglish(boolean english) {
        return new ShopSettings(shopId, baseUrl, credentials, webhookSecrets, onDecision, screenStatuses, paymentMethods,
                metaKeys, english, http, allowInsecureForTests);
    }

    /** The same shop reached over plain http: for a fake shop on loopback in tests, never for a real one. */
    public ShopSettings withInsecureBaseUrlForTests(URI url) {
        return new ShopSettings(shopId, url, credentials, webhookSecrets, onDecision, screenStatuses, paymentMethods,
                metaKeys, notesInEnglish, http, true);
    }

    /** The verifier for this shop's deliveries. */
    public WooWebhookVerifier verifier() {
        return new WooWebhookVerifier(webhookSecrets);
    }

    /** The translator of this shop's orders, with its kana and first-purchase-only conventions. */
    public WooOrderTranslator translator(Clock clock) {
        return new WooOrderTranslator(metaKeys, clock);
    }

    /** The filter deciding which of this shop's orders to screen. */
    public ScreeningFilter filter() {
        return new ScreeningFilter(screenStatuses, paymentMethods);
    }

    @Override
    public String toString() {
        return "ShopSettings[" + shopId + " " + baseUrl + "]";
    }
}
