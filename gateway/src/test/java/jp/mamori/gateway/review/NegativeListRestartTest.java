package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negative list is stored: a gateway started again over the same data still refuses a listed buyer. */
class NegativeListRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aListingSurvivesARestart() {
        String otherKey;
        try (RunningGateway before = RunningGateway.start(dataDir)) {
            Merchant demo = Merchant.demo(before);
            otherKey = Merchant.create(before, "山形 さくらんぼ農園").apiKey();
            String screening = demo.screen(Buyer.WATANABE.order("DM-3001"), "OK");
            demo.review(screening, "{\"resolution\": \"NG\", \"note\": \"なりすまし注文\"}").expectStatus().isCreated();
        }

        try (RunningGateway after = RunningGateway.start(dataDir)) {
            String answer = new Merchant(after.client(), otherKey).screen(Buyer.WATANABE.order("YG-15"));
            assertThat((String) JsonPath.read(answer, "$.decision")).isEqualTo("NG");
            assertThat((String) JsonPath.read(answer, "$.reasons[0].code")).isEqualTo("NEGATIVE_LIST_MATCH");
        }
    }
}
