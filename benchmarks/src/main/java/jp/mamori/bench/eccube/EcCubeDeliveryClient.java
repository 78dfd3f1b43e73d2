package jp.mamori.bench.eccube;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import jp.mamori.bench.load.Answer;
import jp.mamori.bench.load.PooledHttpClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers signed Api42 batches (an order created, a product updated) to one shop's hook on the gateway
 * or on the bare endpoint, as EC-CUBE's Web API plugin sends them. A delivery succeeded when the answer
 * was 200 with {@code "result":"stored"}; a duplicate's answer also has a {@code "stored"} count, of 0.
 */
final class EcCubeDeliveryClient implements AutoCloseable {

    private final PooledHttpClient pooled;
    private final HttpClient http;
    private final String path;
    private final SecretKeySpec key;
    private final JsonMapper json = JsonMapper.builder().build();

    EcCubeDeliveryClient(String baseUrl, String shop, String secret, int connections, Duration timeout) {
        this.pooled = new PooledHttpClient("mamori-eccube-load", baseUrl, connections, timeout);
        this.http = pooled.http().headers(headers -> headers
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .set("X-ECCUBE-URL", "https://" + shop + ".example.jp/"));
        this.path = "/hooks/ec-cube/" + shop;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The answer, once its body has been read; an error if there was no answer. */
    Mono<Answer> deliver(long orderId) {
        byte[] body = ("[{\"entity\":\"order\",\"id\":" + orderId + ",\"action\":\"created\"},"
                + "{\"entity\":\"product\",\"id\":5,\"action\":\"updated\"}]").getBytes(StandardCharsets.UTF_8);
        String signature = sign(body);
        return http.post().uri(path)
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
                            .header("X-ECCUBE-Signature", signature);
                    return outbound.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                        .map(answer -> new Answer(response.status().code(),
                                response.status().code() == 200 && "stored".equals(result(answer)))));
    }

    private String result(byte[] answer) {
        try {
            return json.readTree(answer).path("result").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private String sign(byte[] body) {
        try {
            // A Mac is not thread-safe and deliveries are signed on many threads: one per signature is cheap.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        pooled.close();
    }
}
