package jp.mamori.eccube;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.signature.Encoding;
import jp.mamori.connector.signature.HmacSignatures;
import jp.mamori.connector.signature.Secret;
import jp.mamori.connector.signature.Verification;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first of the adapter's three parts: decides what a delivery from one EC-CUBE shop is, before
 * anything trusts it. Api42 signs the body it sends with hex(HMAC-SHA256(body, secret)), so the
 * signature is checked over the bytes received, before parsing. Every secret of the shop is accepted,
 * so a secret can be rotated in Mamori first and in EC-CUBE's admin after. Hex is compared as bytes:
 * Api42 writes lowercase, and an uppercase rendering of the same signature is the same proof.
 * <p>
 * A delivery lists every product, order and customer the shop's request touched, as
 * {@code [{"entity":"order","id":12,"action":"updated"}, …]}. Only created and updated orders are kept:
 * a deleted order has nothing left to screen, and entities Mamori does not know (a plugin may add its
 * own triggers) are skipped rather than refused. Neither the secrets nor the body appear in an outcome.
 */
public final class EcCubeWebhookVerifier {

    private static final Set<String> SCREENED_ACTIONS = Set.of("created", "updated");

    private final HmacSignatures signatures;
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code secrets}: every webhook secret the shop currently uses, at least one. */
    public EcCubeWebhookVerifier(List<Secret> secrets) {
        this.signatures = new HmacSignatures(Encoding.HEX, secrets);
    }

    public EcCubeWebhookOutcome verify(byte[] body, EcCubeWebhookHeaders headers) {
        Verification verification = signatures.verify(body, headers.signature());
        if (verification == Verification.MISSING) {
            return EcCubeWebhookOutcome.of(EcCubeWebhookOutcome.Kind.MISSING_SIGNATURE,
                    "no X-ECCUBE-Signature: give the webhook a secret in EC-CUBE's admin");
        }
        if (verification != Verification.VALID) {
            return EcCubeWebhookOutcome.of(EcCubeWebhookOutcome.Kind.INVALID_SIGNATURE,
                    "X-ECCUBE-Signature does not match any secret of the shop");
        }
        return events(body);
    }

    private EcCubeWebhookOutcome events(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return malformed("the body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            return malformed("the body must be a JSON array of events");
        }
        Set<Long> orderIds = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode event : root) {
            if (!event.isObject()) {
                return malformed("event [" + index + "] must be an object");
            }
            JsonNode entity = event.get("entity");
            JsonNode action = event.get("action");
            if (entity == null || !entity.isString() || action == null || !action.isString()) {
                return malformed("event [" + index + "] must name its entity and action");
            }
            if ("order".equals(entity.asString()) && SCREENED_ACTIONS.contains(action.asString())) {
                JsonNode id = event.get("id");
                if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
                    return malformed("event [" + index + "].id must be a positive integer");
                }
                orderIds.add(id.asLong());
            }
            index++;
        }
        return orderIds.isEmpty()
                ? EcCubeWebhookOutcome.of(EcCubeWebhookOutcome.Kind.IGNORED, "no order created or updated")
                : new EcCubeWebhookOutcome(EcCubeWebhookOutcome.Kind.ORDER_EVENTS, List.copyOf(orderIds),
                        orderIds.size() + " order(s) created or updated");
    }

    private static EcCubeWebhookOutcome malformed(String detail) {
        return EcCubeWebhookOutcome.of(EcCubeWebhookOutcome.Kind.MALFORMED, detail);
    }
}
