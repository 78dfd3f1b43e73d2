package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.engine.IpIntelligence;
import jp.mamori.gateway.providers.MaxMindDbWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** The gateway screens orders by the buyer's IP address through MaxMind databases and its bundled hosting networks. */
@ExtendWith(OutputCaptureExtension.class)
class GeoIpScreeningTest {

    @TempDir
    Path dir;

    @Test
    void screensAnOrderFromADataCentreAbroadByTheDatabases() {
        Path countries = dir.resolve("GeoLite2-Country.mmdb");
        new MaxMindDbWriter("GeoLite2-Country")
                .network("203.0.113.0/24", country("JP"))
                .network("198.51.100.0/24", country("US"))
                .writeTo(countries);
        Path anonymous = dir.resolve("GeoIP2-Anonymous-IP.mmdb");
        new MaxMindDbWriter("GeoIP2-Anonymous-IP")
                .network("198.51.100.0/25", Map.of("is_anonymous", true, "is_hosting_provider", true))
                .writeTo(anonymous);

        try (RunningGateway gateway = RunningGateway.start(dir.resolve("data"),
                "mamori.geoip.country-db=" + countries, "mamori.geoip.anonymous-db=" + anonymous)) {
            assertThat(gateway.bean(IpIntelligence.class)).isNotSameAs(IpIntelligence.OFF);

            String hosted = screen(gateway, Orders.orderFrom("GEO-1", "yamada.taro@example.co.jp", "198.51.100.23"));
            String home = screen(gateway, Orders.orderFrom("GEO-2", "sato.hanako@example.co.jp", "203.0.113.77"));
            // The caller's country wins over the database's; the anonymous network is the database's alone.
            String hostedButSaidJapan = screen(gateway, Orders.order("GEO-3", "suzuki.ichiro@example.co.jp")
                    .replaceFirst("\"ip\": \"[^\"]+\"", "\"ip\": \"198.51.100.24\""));

            assertThat(codes(hosted)).contains("DEVICE_IP_ANONYMOUS_NETWORK", "DEVICE_IP_OVERSEAS");
            assertThat(messages(hosted, "DEVICE_IP_OVERSEAS", "message_ja")).singleElement().asString().contains("（US）");
            assertThat(messages(hosted, "DEVICE_IP_ANONYMOUS_NETWORK", "message")).singleElement().asString()
                    .startsWith("The order came through a hosting provider or data centre");
            assertThat(codes(home)).doesNotContain("DEVICE_IP_ANONYMOUS_NETWORK", "DEVICE_IP_OVERSEAS");
            assertThat(codes(hostedButSaidJapan)).contains("DEVICE_IP_ANONYMOUS_NETWORK").doesNotContain("DEVICE_IP_OVERSEAS");
        }
    }

    @Test
    void anOrderFromARentedServerIsSeenWithoutAnyDatabaseUnlessTheBundledListIsSwitchedOff() {
        // Vultr (AS20473) in the bundled list; a SoftBank home line is not.
        String server = Orders.orderFrom("HOST-1", "yamada.taro@example.co.jp", "45.32.100.7");
        String home = Orders.orderFrom("HOST-2", "sato.hanako@example.co.jp", "126.5.6.7");

        try (RunningGateway gateway = RunningGateway.start(dir.resolve("data"))) {
            assertThat(codes(screen(gateway, server))).contains("DEVICE_IP_ANONYMOUS_NETWORK");
            assertThat(codes(screen(gateway, home))).doesNotContain("DEVICE_IP_ANONYMOUS_NETWORK");
        }
        try (RunningGateway gateway = RunningGateway.start(dir.resolve("data-off"), "mamori.geoip.hosting-networks=false")) {
            assertThat(gateway.bean(IpIntelligence.class)).isSameAs(IpIntelligence.OFF);
            assertThat(codes(screen(gateway, server.replace("HOST-1", "HOST-3")))).doesNotContain("DEVICE_IP_ANONYMOUS_NETWORK");
        }
    }

    @Test
    void aDamagedDatabaseStopsTheStartWithOneParagraphNamingTheSetting(CapturedOutput output) throws Exception {
        Path damaged = Files.write(dir.resolve("GeoLite2-Country.mmdb"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});

        assertThatThrownBy(() -> RunningGateway.start(dir.resolve("data"), "mamori.geoip.country-db=" + damaged))
                .hasStackTraceContaining("mamori.geoip.country-db");
        assertThat(output).contains("APPLICATION FAILED TO START", "mamori.geoip.country-db", "not a MaxMind database")
                // Boot logs the stack trace under this line only when no failure analyzer explained the failure.
                .doesNotContain("Application run failed");
    }

    private static Map<String, Object> country(String isoCode) {
        return Map.of("country", Map.of("iso_code", isoCode));
    }

    private static String screen(RunningGateway gateway, String body) {
        return new String(gateway.client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
    }

    private static List<String> messages(String answer, String code, String field) {
        return JsonPath.read(answer, "$.reasons[?(@.code == '" + code + "')]." + field);
    }

    private static List<String> codes(String answer) {
        return JsonPath.read(answer, "$.reasons[*].code");
    }
}
