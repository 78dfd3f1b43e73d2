package jp.mamori.gateway.woocommerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the WooCommerce tests do as a shop owner and as WooCommerce: connect a shop, sign and send deliveries. */
final class WooDeliveries {

    private WooDeliveries() {
    }

    /** A Tokyo card order as WooCommerce's webhook sends it (PHP json_encode style), order id 5123. */
    static byte[] tokyoOrder() {
        try (InputStream in = WooDeliveries.class.getResourceAsStream("/woocommerce/order-created-tokyo.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same order under another id. */
    static byte[] withOrderId(byte[] order, long id) {
        return new String(order, StandardCharsets.UTF_8).replaceFirst("\\{\"id\":5123,", "{\"id\":" + id + ",")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code X-WC-Webhook-Signature}: base64 HMAC-SHA256 of the raw body, computed here with the JDK alone. */
    static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends an order.created delivery to the shop's hook; a null signature sends none. */
    static WebTestClient.ResponseSpec deliver(WebTestClient client, String shop, byte[] body, String signature) {
        WebTestClient.RequestBodySpec request = client.post().uri("/hooks/woocommerce/" + shop)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-WC-Webhook-Source", "https://" + shop + ".example.jp/")
                .header("X-WC-Webhook-Topic", "order.created")
                .header("X-WC-Webhook-Resource", "order")
                .header("X-WC-Webhook-Event", "created")
                .header("X-WC-Webhook-ID", "12")
                .header("X-WC-Webhook-Delivery-ID", "a3f5c1");
        if (signature != null) {
            request = request.header("X-WC-Webhook-Signature", signature);
        }
        return request.bodyValue(body).exchange();
    }

    /**
     * Creates a merchant and connects its WooCommerce shop at {@code shopPort} on loopback, with
     * {@code moreSettings} (e.g. {@code , "on_decision": {"NG": "cancel"}}) added to the shop's JSON.
     */
    static WebTestClient.ResponseSpec connect(WebTestClient client, String shop, String merchantName, int shopPort,
                                              String secret, String moreSettings) {
        String merchantId = NewMerchant.create(client, merchantName).id();
        return client.put().uri("/admin/shops/" + shop)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"platform": "woocommerce", "merchant_id": "%s", "base_url": "http://127.0.0.1:%d",
                         "credentials": {"consumer_key": "ck_%s", "consumer_secret": "cs_%s"},
                         "webhook_secrets": ["%s"]%s}
                        """.formatted(merchantId, shopPort, shop, shop, secret, moreSettings))
                .exchange()
                .expectStatus().isOk();
    }
}
