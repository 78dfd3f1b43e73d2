package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.engine.ProviderLookups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/** With MX look-ups switched on and a DNS that never answers, orders are screened all the same. */
class MailDnsUnreachableTest {

    @TempDir
    Path dataDir;

    @Test
    void aDnsThatDoesNotAnswerNeverHoldsAnOrder() throws Exception {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        // Nothing listens on that loopback port any more: every query goes unanswered.
        try (RunningGateway gateway = RunningGateway.start(dataDir, "mamori.mail-dns.enabled=true",
                "mamori.mail-dns.servers=127.0.0.1:" + closedPort, "mamori.mail-dns.deadline=200ms")) {
            assertThat(gateway.bean(ProviderLookups.class)).isNotSameAs(ProviderLookups.OFF);

            String answer = new String(gateway.client().post().uri("/v1/screenings")
                    .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Orders.order("DNS-1", "yamada.taro@yamada-shoji.jp"))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody().returnResult().getResponseBody());

            assertThat((String) JsonPath.read(answer, "$.decision")).isEqualTo("OK");
            assertThat(answer).doesNotContain("EMAIL_DOMAIN_NO_MAIL_HOST");
        }
    }
}
