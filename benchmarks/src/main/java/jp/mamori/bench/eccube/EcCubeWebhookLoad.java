package jp.mamori.bench.eccube;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jp.mamori.bench.load.ArrivalSchedule;
import jp.mamori.bench.load.BareEndpointProcess;
import jp.mamori.bench.load.OpenLoop;
import jp.mamori.bench.load.OptionValues;
import jp.mamori.bench.load.TargetResult;
import jp.mamori.bench.load.TargetTally;
import reactor.util.Loggers;

/**
 * How fast a running gateway answers EC-CUBE webhooks, which EC-CUBE sends inside the shopper's checkout
 * request: signed Api42 batches ({@code order} created plus a {@code product} updated) to
 * {@code /hooks/ec-cube/<shop>} at a fixed rate, open loop, latency from each delivery's intended start.
 * The shop is played in process by WireMock (token endpoint, and {@code /api} answering one Tokyo order
 * for every id, so the worker fetches each delivery's order over GraphQL and, after the first, finds
 * its content screened already): the figure is the webhook's own, with the inbox worker busy beside it.
 * The same deliveries then go to a bare endpoint in a child JVM, for the gateway/bare ratios, unless
 * {@code --no-bare} is given. The gateway must accept a plain-http shop ({@code MAMORI_ALLOW_INSECURE_SHOP_URLS=true}).
 * <pre>
 * MAMORI_ADMIN_TOKEN=… java -cp benchmarks.jar jp.mamori.bench.eccube.EcCubeWebhookLoad \
 *   [--url http://127.0.0.1:8080] [--rate 200] [--duration 30s] [--warmup 10s] [--connections 32] [--no-bare]
 * </pre>
 */
public final class EcCubeWebhookLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        Loggers.useJdkLoggers();
        String url = "http://127.0.0.1:8080";
        long rate = 200;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(10);
        int connections = 32;
        boolean bare = true;
        for (Map.Entry<String, String> option : OptionValues.named(args, Set.of("--no-bare")).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "--no-bare" -> bare = false;
                case "--url" -> url = OptionValues.stripTrailingSlash(value);
                case "--rate" -> rate = OptionValues.number(name, value);
                case "--duration" -> duration = OptionValues.duration(value);
                case "--warmup" -> warmup = OptionValues.duration(value);
                case "--connections" -> connections = Math.toIntExact(OptionValues.number(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        String adminToken = System.getenv("MAMORI_ADMIN_TOKEN");
        if (adminToken == null || adminToken.isBlank()) {
            System.err.println("set MAMORI_ADMIN_TOKEN to the gateway's admin token");
            System.exit(2);
        }
        String shop = "bench-eccube-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        String secret = UUID.randomUUID().toString();
        ArrivalSchedule schedule = new ArrivalSchedule(rate, warmup, duration);
        // Started first, so that a child that cannot start fails the run before it loads the gateway.
        // A null resource is skipped on close: nothing to stop without a bare phase.
        try (BareEndpointProcess bareEndpoint = bare ? BareEndpointProcess.start() : null) {
            WireMockServer fake = fakeShop();
            try {
                setUp(url, adminToken, shop, secret, "http://127.0.0.1:" + fake.port());
                TargetResult gateway = measure("gateway", url, shop, secret, schedule, connections);
                // Right after the gateway, so that both meet the machine as close together as they can.
                TargetResult bareResult = bareEndpoint == null ? null
                        : measure("bare", bareEndpoint.url(), shop, secret, schedule, connections);
                System.out.print(new EcCubeLoadReport(url + "/hooks/ec-cube/" + shop, rate, warmup, duration, connections,
                        gateway, bareResult).render());
            } finally {
                fake.stop();
            }
        }
    }

    /** EC-CUBE's token endpoint and {@code /api}, answering one Tokyo order for every id. */
    private static WireMockServer fakeShop() {
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
        return fake;
    }

    /** Warm-up, then the measured window, of deliveries to {@code baseUrl}. */
    private static TargetResult measure(String target, String baseUrl, String shop, String secret,
                                        ArrivalSchedule schedule, int connections) throws InterruptedException {
        System.err.printf("%s %s: %s warm-up, then %s measured at %d deliveries/s%n", target, baseUrl,
                OptionValues.text(schedule.warmup()), OptionValues.text(schedule.measured()), schedule.rate());
        TargetTally tally = new TargetTally();
        try (EcCubeDeliveryClient client = new EcCubeDeliveryClient(baseUrl, shop, secret, connections, TIMEOUT)) {
            long start = new OpenLoop(connections, TIMEOUT)
                    .drive(schedule, (arrival, intendedStart) -> client.deliver(arrival + 1), tally);
            return tally.result(target, start + schedule.warmup().toNanos(), schedule.measured());
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
}
