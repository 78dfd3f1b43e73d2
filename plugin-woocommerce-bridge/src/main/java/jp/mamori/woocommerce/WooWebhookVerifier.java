package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.signature.Encoding;
import jp.mamori.connector.signature.HmacSignatures;
import jp.mamori.connector.signature.Secret;
import jp.mamori.connector.signature.Verification;
import tools.jackson.databind.JsonNode;

/**
 * The first of the adapter's three parts: decides what a delivery from one shop is, before anything
 * trusts it. WooCommerce signs the exact body it sends with base64(HMAC-SHA256(body, secret)), so the
 * signature is checked over the bytes received, before parsing. Every secret of the shop is accepted,
 * because deliveries signed with the old one are still queued in Action Scheduler while it is rotated.
 * Neither the secrets nor the body ever appear in an outcome or an exception.
 */
public final class WooWebhookVerifier {

    /** The whole body of WooCommerce's ping: a form field, not JSON. */
    private static final Pattern PING = Pattern.compile("webhook_id=\\d{1,20}");
    private static final Set<String> SCREENED_TOPICS = Set.of("order.created", "order.updated");
    private static final int MAX_PING_LENGTH = 64;

    private final HmacSignatures signatures;
    /** Parses as the translator must, so that the tree it hands on is the one the translator would read. */
    private final ScreeningJson json = new ScreeningJson(Clock.systemUTC());

    /** {@code secrets}: every webhook secret the shop currently uses, at least one. */
    public WooWebhookVerifier(List<Secret> secrets) {
        this.signatures = new HmacSignatures(Encoding.BASE64, secrets);
    }

    public WooWebhookOutcome verify(byte[] body, WooWebhookHeaders headers) {
        String signature = headers.signature();
        if (signature == null || signature.isBlank()) {
            // The ping is the only thing WooCommerce sends unsigned. Answering it proves nothing and
            // triggers nothing, so accepting it without a signature is safe.
            return isPing(body)
                    ? WooWebhookOutcome.of(WooWebhookOutcome.Kind.PING, null, "webhook ping")
                    : WooWebhookOutcome.of(WooWebhookOutcome.Kind.MISSING_SIGNATURE, headers.topic(),
                            "no X-WC-Webhook-Signature");
        }
        Verification verification = signatures.verify(body, signature);
        if (verification != Verification.VALID) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.INVALID_SIGNATURE, headers.topic(),
                    "X-WC-Webhook-Signature does not match any secret of the shop");
        }
        String topic = headers.topic();
        if (topic == null || topic.isBlank()) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, null, "no X-WC-Webhook-Topic");
        }
        if (!SCREENED_TOPICS.contains(topic) || (headers.resource() != null && !"order".equals(headers.resource()))) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.IGNORED, topic, "topic not screened");
        }
        return orderEvent(body, topic);
    }

    private WooWebhookOutcome orderEvent(byte[] body, String topic) {
        JsonNode root;
        try {
            root = json.readObject(body);
        } catch (InvalidRequestException e) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, e.errors().get(0).detail());
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, "id must be a positive integer");
        }
        return new WooWebhookOutcome(WooWebhookOutcome.Kind.ORDER_EVENT, topic, id.asLong(), root, topic);
    }

    private static boolean isPing(byte[] body) {
        return body.length <= MAX_PING_LENGTH && PING.matcher(new String(body, US_ASCII).trim()).matches();
    }
}
