package jp.mamori.bench.eccube;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import jp.mamori.bench.load.Answer;
import jp.mamori.bench.load.ArrivalSchedule;
import jp.mamori.bench.load.OpenLoop;
import jp.mamori.bench.load.OptionValues;
import jp.mamori.bench.load.PooledHttpClient;
import jp.mamori.bench.load.TargetResult;
import jp.mamori.bench.load.TargetTally;
import reactor.core.publisher.Mono;
import reactor.util.Loggers;

/**
 * How fast a running gateway answers EC-CUBE webhooks, which EC-CUBE sends inside the shopper's checkout
 * request: signed Api42 batches ({@code order} created plus a {@code product} updated) to
 * {@code /hooks/ec-cube/<shop>} at a fixed rate, open loop, latency from each delivery's intended start.
 * The shop is played in process by WireMock (token endpoint, and {@code /api} answering one Tokyo order
 * for every id, so the worker fetches each delivery's order over GraphQL and, after the first, finds
 * its content screened already): the figure is the webhook's own, with the inbox worker busy beside it.
 * The gateway must accept a plain-http shop ({@code MAMORI_ALLOW_INSECURE_SHOP_URLS=true}).
 * <pre>
 * MAMORI_ADMIN_TOKEN=… java -cp benchmarks.jar jp.mamori.bench.eccube.EcCubeWebhookLoad \
 *   [--url http://127.0.0.1:8080] [--rate 200] [--duration 30s] [--warmup 10s] [--connections 32]
 * </pre>
 */
public final class EcCubeWebhookLoad {

    public static void main(String[] args) throws Exception {
        Loggers.useJdkLoggers();
        String url = "http://127.0.0.1:8080";
        long rate = 200;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(10);
        int connections = 32;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1].replaceAll("/+$", "");
                case "--rate" -> rate = Long.parseLong(args[i + 1]);
                case "--duration" -> duration = OptionValues.duration(args[i + 1]);
                case "--warmup" -> warmup = OptionValues.duration(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String adminToken = System.getenv("MAMORI_ADMIN_TOKEN");
        if (adminToken == null || adminToken.isBlank()) {
            System.err.println("set MAMORI_ADMIN_TOKEN to the gateway's admin token");
            System.exit(2);
        }
        String shop = "bench-eccube-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        String secret = UUID.randomUUID().toString();
        WireMockServer fake = new WireMockServer(WireMockConfiguration.wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(16));
        fake.start();
        fake.stubFor(WireMock.post("/token").willReturn(WireMock.okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"at-bench\",\"refresh_token\":\"rt-bench-2\"}")));
        fake.stubFor(WireMock.post("/api").withRequestBody(WireMock.containing("__type")).willReturn(WireMock.okJson(
                "{\"data\":{\"__type\":{\"fields\":[{\"name\":\"updateShipped\"},{\"name\":\"updateOrderScreening\"}]}}}")));
        fake.stubFor(WireMock.post("/api").withRequestBody(WireMock.containing("updateOrderScreening(")).willReturn(WireMock.okJson(
                "{\"data\":{\"updateOrderScreening\":{\"outcome\":\"APPLIED\",\"memo_appended\":true,\"hold\":\"NOT_REQUESTED\"}}}")));
        fake.stubFor(WireMock.post("/api").withRequestBody(WireMock.containing("order(id")).willReturn(WireMock.okJson(ORDER)));
        setUp(url, adminToken, shop, secret, "http://127.0.0.1:" + fake.port());

        Duration timeout = Duration.ofSeconds(10);
        ArrivalSchedule schedule = new ArrivalSchedule(rate, warmup, duration);
        TargetTally tally = new TargetTally();
        try (PooledHttpClient pooled = new PooledHttpClient("mamori-eccube-load", url, connections, timeout)) {
            reactor.netty.http.client.HttpClient http = pooled.http().headers(headers -> headers
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .set("X-ECCUBE-URL", "https://" + shop + ".example.jp/"));
            String path = "/hooks/ec-cube/" + shop;
            System.err.printf("%s warm-up, then %s measured at %d deliveries/s to %s%n", OptionValues.text(warmup),
                    OptionValues.text(duration), rate, path);
            long start = new OpenLoop(connections, timeout).drive(schedule, (arrival, intendedStart) -> {
                byte[] body = ("[{\"entity\":\"order\",\"id\":" + (arrival + 1) + ",\"action\":\"created\"},"
                        + "{\"entity\":\"product\",\"id\":5,\"action\":\"updated\"}]").getBytes(StandardCharsets.UTF_8);
                String signature = sign(body, secret);
                return http.post().uri(path)
                        .send((request, outbound) -> {
                            request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
                                    .header("X-ECCUBE-Signature", signature);
                            return outbound.sendByteArray(Mono.just(body));
                        })
                        .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                                .map(answer -> new Answer(response.status().code(),
                                        response.status().code() == 200 && answer.contains("\"stored\""))));
            }, tally);
            TargetResult result = tally.result("ec-cube webhook", start + warmup.toNanos(), duration);
            System.out.printf("ec-cube webhook at %d/s: sent %d, stored %d, rejected %d, failed %d, dropped %d%n",
                    rate, result.sent(), result.succeeded(), result.rejected(), result.failed(), result.dropped());
            System.out.printf("latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n", result.p50Micros() / 1000.0,
                    result.p99Micros() / 1000.0, result.p999Micros() / 1000.0, result.maxMicros() / 1000.0);
            if (result.firstFailure() != null) {
                System.out.println("first failure: " + result.firstFailure());
            }
        } finally {
            fake.stop();
        }
    }

    /** A card order from Tokyo as Api42 answers {@code order(id:)}. */
    private static final String ORDER = """
            {"data":{"order":{"id":"1087","order_no":"1087","name01":"山田","name02":"太郎","kana01":"ヤマダ","kana02":"タロウ",
             "email":"taro.yamada@example.ne.jp","phone_number":"09031415926","postal_code":"1500001",
             "Pref":{"id":"13","name":"東京都"},"addr01":"渋谷区神宮前","addr02":"1-2-3 表参道ハイツ101","company_name":null,
             "payment_method":"クレジットカード決済","payment_total":13950.0,"order_date":"2026-05-14T21:04:05+09:00",
             "update_date":"2026-05-14T21:04:06+09:00","message":null,"OrderStatus":{"id":"1"},"Customer":{"id":"451","buy_times":3.0},
             "Shippings":[{"name01":"山田","name02":"太郎","kana01":"ヤマダ","kana02":"タロウ","phone_number":"09031415926",
               "postal_code":"1500001","Pref":{"name":"東京都"},"addr01":"渋谷区神宮前","addr02":"1-2-3 表参道ハイツ101"}],
             "OrderItems":[{"product_code":"TEA-UJI-100","product_name":"宇治抹茶 100g","price":5819.0,"quantity":2.0,"OrderItemType":{"id":"1"}}]}}}
            """;

    /** A merchant and an EC-CUBE shop of the run's own, connected with a refresh token given by hand. */
    private static void setUp(String url, String adminToken, String shop, String secret, String shopUrl)
            throws IOException, InterruptedException {
        HttpClient admin = HttpClient.newHttpClient();
        String merchant = call(admin, url, adminToken, "POST", "/admin/merchants", "{\"name\": \"ベンチマーク 酒店 " + shop + "\"}");
        String merchantId = merchant.replaceAll("(?s).*\"merchant_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        call(admin, url, adminToken, "PUT", "/admin/shops/" + shop, """
                {"platform": "ec-cube", "merchant_id": "%s", "base_url": "%s",
                 "credentials": {"client_id": "bench", "client_secret": "bench-secret", "refresh_token": "rt-bench"},
                 "webhook_secrets": ["%s"]}
                """.formatted(merchantId, shopUrl, secret));
    }

    private static String call(HttpClient http, String url, String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
