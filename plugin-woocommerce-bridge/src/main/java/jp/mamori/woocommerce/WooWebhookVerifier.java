package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mamori.connector.signature.Encoding;
import jp.mamori.connector.signature.HmacSignatures;
import jp.mamori.connector.signature.Secret;
import jp.mamori.connector.signature.Verification;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The first of the adapter's three parts: decides what a delivery from one shop is, before anything
 * trusts it. WooCommerce signs the exact body it sends with base64(HMAC-SHA256(body, secret)), so the
 * signature is checked over the bytes received, before parsing. Every secret of the shop is accepted,
 * because deliveries signed with the old one are still queued in Action Scheduler while it is rotated.
 * Neither the secrets nor the body ever appear in an outcome or an exception.
 *
 * <p>Of the body it checks only what storing the delivery needs: well-formed JSON, an object, with a
 * positive integer {@code id}. Whether the order can be screened is the translator's question, asked by
 * the inbox's worker: an order refused at the door would count as a failed delivery, and WooCommerce
 * disables a webhook after a few of those, silencing every later order of the shop; refused by the
 * worker, it lands in dead letters with the field named, and the webhook keeps working.
 */
public final class WooWebhookVerifier {

    /** The whole body of WooCommerce's ping: a form field, not JSON. */
    private static final Pattern PING = Pattern.compile("webhook_id=\\d{1,20}");
    private static final Set<String> SCREENED_TOPICS = Set.of("order.created", "order.updated");
    private static final int MAX_PING_LENGTH = 64;
    /** Refuses duplicate names as the translator's parser does, so that what passes here parses there too. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final HmacSignatures signatures;

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

    /** Reads the top-level {@code id} and skips the rest unbuilt, which still checks every token of it. */
    private WooWebhookOutcome orderEvent(byte[] body, String topic) {
        Long id = null;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, "the body must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean isId = "id".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (isId && value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    id = parser.getLongValue();
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, "the body holds more than one JSON value");
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, "the body is not valid JSON" + where);
        }
        if (id == null || id <= 0) {
            return WooWebhookOutcome.of(WooWebhookOutcome.Kind.MALFORMED, topic, "id must be a positive integer");
        }
        return new WooWebhookOutcome(WooWebhookOutcome.Kind.ORDER_EVENT, topic, id, topic);
    }

    private static boolean isPing(byte[] body) {
        return body.length <= MAX_PING_LENGTH && PING.matcher(new String(body, US_ASCII).trim()).matches();
    }
}
