package jp.mamori.gateway.inbox;

import java.time.Instant;

import jp.mamori.connector.inbox.Delivery;

/**
 * A delivery the worker may run: what a look-up of due deliveries found (the body is read when it runs),
 * or what a webhook just stored (the body is at hand). {@code version} counts the changes of its row, so
 * that a look-up older than the last change can be told apart.
 */
record Work(String id, String platform, String shop, String resourceId, String event, Instant receivedAt,
            int attempt, long version, boolean superseded, String body) {

    String resource() {
        return platform + '\n' + shop + '\n' + resourceId;
    }

    Delivery delivery(String withBody) {
        return new Delivery(id, platform, shop, resourceId, event, withBody, receivedAt, attempt);
    }
}
