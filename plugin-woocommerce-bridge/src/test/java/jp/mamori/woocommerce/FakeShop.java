package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import jp.mamori.connector.signature.Secret;

/** A WooCommerce shop played by WireMock on a loopback port of its own, and the settings to reach it. */
final class FakeShop {

    static final String CONSUMER_KEY = "ck_3f9a1c7e5b2d4a6c8e0f1a3b5c7d9e1f2a4b6c8d";
    static final String CONSUMER_SECRET = "cs_8d6b4a2f1e9d7c5b3a1f0e8d6c4b2a9f7e5d3c1b";
    /** The header WooCommerce expects, computed here independently of OkHttp. */
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((CONSUMER_KEY + ":" + CONSUMER_SECRET).getBytes(UTF_8));

    /**
     * Small waits so that retries and an opening breaker cost milliseconds; a read timeout long enough
     * for a cold JVM and WireMock on two shared cores, and well short of {@link #BEYOND_READ_TIMEOUT}.
     */
    static final ShopHttpPolicy FAST = new ShopHttpPolicy(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofSeconds(10), 3, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(40), Duration.ofSeconds(2),
            20, 50f, Duration.ofMillis(200));

    /** A delay the shop takes to answer that {@link #FAST}'s read timeout never waits out. */
    static final int BEYOND_READ_TIMEOUT = 6_000;

    private FakeShop() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    static ShopSettings settings(WireMockServer server) {
        return ShopSettings.of("shibuya-tea", URI.create("https://shibuya-tea.example.jp"),
                        new ShopCredentials(CONSUMER_KEY, CONSUMER_SECRET), List.of(Secret.utf8("wc-webhook-secret")))
                .withHttp(FAST)
                .withInsecureBaseUrlForTests(URI.create("http://127.0.0.1:" + server.port()));
    }
}
