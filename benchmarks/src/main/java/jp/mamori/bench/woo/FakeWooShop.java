package jp.mamori.bench.woo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A WooCommerce shop's REST API as far as Mamori's write-back uses it, played by WireMock on
 * 127.0.0.1: order updates succeed, no order has notes yet, every note is added, and the
 * {@link WriteBackLog} notes when each order's note came in.
 */
final class FakeWooShop implements AutoCloseable {

    private static final String ORDER = "/wp-json/wc/v3/orders/\\d+";
    /** Jetty threads: enough that the shop never queues the gateway's write-backs and so adds no lag. */
    private static final int THREADS = 64;

    private final WriteBackLog writeBacks = new WriteBackLog();
    private final WireMockServer server;

    FakeWooShop() {
        // No request journal: a long run would keep every request in memory.
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(THREADS)
                .disableRequestJournal()
                .extensions(writeBacks));
        server.start();
        server.stubFor(put(urlPathMatching(ORDER)).willReturn(okJson("{}")));
        server.stubFor(get(urlPathMatching(ORDER + "/notes")).willReturn(okJson("[]")));
        server.stubFor(post(urlPathMatching(ORDER + "/notes"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    /** What the gateway is told the shop's address is. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    WriteBackLog writeBacks() {
        return writeBacks;
    }

    @Override
    public void close() {
        server.stop();
    }
}
