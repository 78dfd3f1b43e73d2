package jp.mamori.gateway.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the EC-CUBE tests do as a shop owner and as EC-CUBE: connect a shop, sign and send webhooks. */
final class EcCubeHooks {

    static final String TOKYO = "order-tokyo-card.json";
    static final String OSAKA = "order-osaka-bank-transfer-paid.json";
    static final String CLIENT_ID = "mamori-4f1c2a";

    private EcCubeHooks() {
    }

    /** The fake shop answers {@code /token} and {@code /api} through {@link FakeEcCube}. */
    static void serve(WireMockServer shop) {
        shop.stubFor(post(urlEqualTo("/token")).atPriority(10).willReturn(aResponse().withTransformers(FakeEcCube.NAME)));
        shop.stubFor(post(urlEqualTo("/api")).atPriority(10).willReturn(aResponse().withTransformers(FakeEcCube.NAME)));
        shop.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/admin/authorize"))
                .willReturn(aResponse().withTransformers(FakeEcCube.NAME)));
    }

    /** {@code X-ECCUBE-Signature}: lowercase hex HMAC-SHA256 of the raw body, computed with the JDK alone. */
    static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Api42's body: every entity the shop's request changed. */
    static byte[] events(String... entityIdAction) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < entityIdAction.length; i += 3) {
            body.append(i == 0 ? "" : ",").append("{\"entity\":\"").append(entityIdAction[i]).append("\",\"id\":")
                    .append(entityIdAction[i + 1]).append(",\"action\":\"").append(entityIdAction[i + 2]).append("\"}");
        }
        return body.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    static WebTestClient.ResponseSpec deliver(WebTestClient client, String shop, byte[] body, String signature) {
        WebTestClient.RequestBodySpec request = client.post().uri("/hooks/ec-cube/" + shop)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-ECCUBE-URL", "https://" + shop + ".example.jp/");
        if (signature != null) {
            request = request.header("X-ECCUBE-Signature", signature);
        }
        return request.bodyValue(body).exchange();
    }

    /** An order event, signed with {@code secret}, answered 200. */
    static void orderEvent(WebTestClient client, String shop, String secret, long orderId, String action) {
        byte[] body = events("order", Long.toString(orderId), action);
        deliver(client, shop, body, signature(body, secret)).expectStatus().isOk();
    }

    static String merchant(WebTestClient client, String name) {
        return NewMerchant.create(client, name).id();
    }

    /**
     * Connects an EC-CUBE shop at {@code shopPort} on loopback for a new merchant; {@code refreshToken} null
     * leaves it to the connect flow; {@code more} is added to the settings JSON.
     */
    static WebTestClient.ResponseSpec connect(WebTestClient client, String shop, String merchantName, int shopPort,
                                              String secret, String refreshToken, String more) {
        String merchantId = merchant(client, merchantName);
        return client.put().uri("/admin/shops/" + shop)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"platform": "ec-cube", "merchant_id": "%s", "base_url": "http://127.0.0.1:%d",
                         "credentials": {"client_id": "%s", "client_secret": "cs-%s"%s},
                         "webhook_secrets": ["%s"]%s}
                        """.formatted(merchantId, shopPort, CLIENT_ID, shop,
                        refreshToken == null ? "" : ", \"refresh_token\": \"" + refreshToken + "\"", secret, more))
                .exchange()
                .expectStatus().isOk();
    }

    static WebTestClient.ResponseSpec admin(WebTestClient client, String method, String path) {
        return client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN).exchange();
    }
}
