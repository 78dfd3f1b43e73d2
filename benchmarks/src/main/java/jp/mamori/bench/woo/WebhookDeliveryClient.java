package jp.mamori.bench.woo;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import jp.mamori.bench.load.Answer;
import jp.mamori.bench.load.PooledHttpClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers signed {@code order.created} webhooks to one shop's hook on the gateway (or on the bare
 * endpoint), with the headers WooCommerce sends. A delivery succeeded when the answer was 2xx with
 * {@code "result":"stored"}: the gateway gives it only once the delivery is durably in the inbox.
 */
final class WebhookDeliveryClient implements AutoCloseable {

    static final String STORED = "stored";

    private final PooledHttpClient pooled;
    private final HttpClient http;
    private final String path;
    private final WebhookSigner signer;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LongAdder stored = new LongAdder();

    WebhookDeliveryClient(String baseUrl, String shopId, WebhookSigner signer, int connections, Duration timeout) {
        this.pooled = new PooledHttpClient("mamori-woo-load", baseUrl, connections, timeout);
        this.path = "/hooks/woocommerce/" + shopId;
        this.signer = signer;
        this.http = pooled.http().headers(headers -> headers
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .set("X-WC-Webhook-Source", "https://shibuya-tea.example.jp/")
                .set("X-WC-Webhook-Topic", "order.created")
                .set("X-WC-Webhook-Resource", "order")
                .set("X-WC-Webhook-Event", "created")
                .set("X-WC-Webhook-ID", "12"));
    }

    /** The answer, once its body has been read; an error if there was no answer. */
    Mono<Answer> deliver(long orderId, byte[] body) {
        String signature = signer.sign(body);
        return http.post()
                .uri(path)
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
                            .header("X-WC-Webhook-Signature", signature)
                            .header("X-WC-Webhook-Delivery-ID", Long.toString(orderId, 36));
                    return outbound.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                        .map(answer -> answer(response.status().code(), answer)));
    }

    /** Deliveries answered as stored so far, warm-up included: from the gateway, the write-backs it owes. */
    long stored() {
        return stored.sum();
    }

    private Answer answer(int status, byte[] body) {
        boolean isStored = status >= 200 && status < 300 && STORED.equals(result(body));
        if (isStored) {
            stored.increment();
        }
        return new Answer(status, isStored);
    }

    private String result(byte[] body) {
        try {
            return json.readTree(body).path("result").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    @Override
    public void close() {
        pooled.close();
    }
}
