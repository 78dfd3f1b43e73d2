package jp.mamori.bench.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.mamori.bench.load.Answer;
import jp.mamori.bench.load.BareEndpointServer;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;

class EcCubeDeliveryClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void countsTheBareEndpointsAnswerAsStored() {
        DisposableServer bare = BareEndpointServer.start(0);
        try (EcCubeDeliveryClient client = new EcCubeDeliveryClient("http://127.0.0.1:" + bare.port(),
                "bench-eccube-1", "secret", 1, TIMEOUT)) {
            assertThat(client.deliver(1087).block(TIMEOUT)).isEqualTo(new Answer(200, true));
        } finally {
            bare.disposeNow();
        }
    }

    @Test
    void signsTheBatchAsEcCubeDoesAndCountsADuplicateAsNotStored() throws Exception {
        WireMockServer gateway = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        gateway.start();
        gateway.stubFor(post(urlPathEqualTo("/hooks/ec-cube/bench-eccube-2"))
                .willReturn(okJson("{\"result\":\"duplicate\",\"stored\":0,\"duplicates\":1}")));
        try (EcCubeDeliveryClient client = new EcCubeDeliveryClient("http://127.0.0.1:" + gateway.port(),
                "bench-eccube-2", "ec-secret-酒", 1, TIMEOUT)) {
            assertThat(client.deliver(42).block(TIMEOUT)).isEqualTo(new Answer(200, false));

            LoggedRequest delivery = gateway.findAll(postRequestedFor(urlPathEqualTo("/hooks/ec-cube/bench-eccube-2"))).get(0);
            assertThat(delivery.getBodyAsString()).contains("{\"entity\":\"order\",\"id\":42,\"action\":\"created\"}");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("ec-secret-酒".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(delivery.getHeader("X-ECCUBE-Signature")).isEqualTo(HexFormat.of().formatHex(mac.doFinal(delivery.getBody())));
        } finally {
            gateway.stop();
        }
    }
}
