package jp.mamori.eccube;

import java.time.Instant;

import jp.mamori.connector.ScreenedContent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two stored EC-CUBE order events "the same" for the inbox's de-duplication (its key is
 * platform, shop, order id and the fingerprint made here).
 * <p>
 * <b>Webhooks: every delivery is its own event.</b> EC-CUBE never sends a webhook again, so there is no
 * redelivery to collapse, and collapsing anything more loses changes: a checkout creates the order in 8
 * (購入処理中) and moves it to 1 (新規受付) moments later, often within the same second, and if the second
 * webhook were taken for the first, the order would wait for the reconciliation. The fingerprint is
 * therefore the instant of arrival, to the clock's full precision. Two deliveries of one order at the
 * very same instant do collapse, and safely: Api42 sends after its request's changes are committed, so
 * whichever is stored fetches the order after both changes were made.
 * <p>
 * <b>Reconciliation: one event per change of the order.</b> A poll reads orders with overlapping
 * windows, so it sees the same change more than once; its fingerprint is the order's own
 * {@code update_date} with the fingerprint of its screened content, so a change read again collapses
 * (whatever became of the first: done, retrying or a dead letter waiting for a replay), while a later
 * change is new even when it brings the content back to what it was before. The shop's
 * {@code update_date} has whole seconds, which is why the content is part of it.
 * <p>
 * <b>What a webhook brought is not enqueued again.</b> The keys of the two sources never meet (a webhook
 * knows only when it arrived; the shop's update stamp is in the shop's clock), so the reconciliation asks
 * instead what is known of the order's content: screened already, or in the hands of a delivery that
 * fetched it to screen it (which the inbox retries, dead-letters and replays). Only content that is
 * neither is enqueued. A webhook stored but not yet handled when a poll runs is the one window left: then
 * both are stored. The poll's entry is dated when the poll started, before the shop was asked, so it stands
 * for exactly the webhooks received before it: it supersedes such a webhook's entry that has not started, and
 * any webhook received after it supersedes it in turn. If the webhook's entry has started (it is fetching the
 * order), the poll's entry waits behind it and its body names the content the poll found
 * ({@link #reconciledBody}): when that content is screened by then, it is done without asking the shop again.
 * <p>
 * <b>Nothing is screened twice.</b> Whichever entries reach the worker, it fetches the order as it is
 * then (unless the entry is the poll's and its content is screened already), skips content it has
 * screened, and screens under an idempotency key of the content, so a repeat
 * after a crash replays the screening instead of making another.
 */
public final class EcCubeDeliveryKeys {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EcCubeDeliveryKeys() {
    }

    /** The fingerprint of a webhook delivery that arrived at {@code receivedAt}. */
    public static String webhook(Instant receivedAt) {
        return "webhook@" + receivedAt;
    }

    /** The body of an entry the reconciliation stores: the order, and the fingerprint of the content it found. */
    public static String reconciledBody(long orderId, ScreenedContent content) {
        return "{\"source\":\"reconciliation\",\"order_id\":" + orderId + ",\"content\":\"" + content.fingerprint() + "\"}";
    }

    /**
     * The fingerprint of the content a reconciliation entry was stored for, or null: a webhook's entry (its body
     * is Api42's array), or one stored before entries said.
     */
    public static String reconciledContent(String body) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            return "reconciliation".equals(root.path("source").asString(null)) ? root.path("content").asString(null) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * The fingerprint of a change the reconciliation found: the order's {@code update_date} as the shop wrote
     * it, and the content it would be screened with.
     */
    public static String reconciled(String updateDate, ScreenedContent content) {
        return "change@" + updateDate + "/" + content.fingerprint();
    }
}
