package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AffiliateNewBuyerBurstCheckTest {

    private final AffiliateNewBuyerBurstCheck check = new AffiliateNewBuyerBurstCheck(AffiliateSettings.DEFAULT);

    @ParameterizedTest(name = "{0} on the device, {1} at the address -> {2}")
    @CsvSource({"1, 1, ''", "2, 1, device", "1, 2, address", "3, 4, device"})
    void theDeviceIsReportedBeforeTheAddress(int onDevice, int atAddress, String reported) {
        List<Finding> findings = inspect(new AffiliateSignals("a8-00123", false, Set.of(), onDevice, atAddress));

        if (reported.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).message()).contains("this order's " + reported + " ");
        }
    }

    @Test
    void theMessageSaysHowManyThroughWhichAffiliate() {
        Finding finding = inspect(new AffiliateSignals("a8-00123", false, Set.of(), 4, 1)).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, 4, "a8-00123", new Term("device", "端末"),
                new Term("7 days", "7日"), 1));
        assertThat(finding.message()).startsWith("4 new buyers came through affiliate a8-00123 with this order's device within 7 days (limit 1):");
        assertThat(finding.messageJa()).startsWith("4人の新規のお客様が、アフィリエイト（a8-00123）経由で同じ端末から7日以内に注文しています（上限1人）。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PT1H, 1 hour, 1時間", "PT36H, 36 hours, 36時間", "PT24H, 1 day, 1日", "P30D, 30 days, 30日"})
    void aWindowIsSaidInWholeDaysWhenItIsSome(String window, String en, String ja) {
        assertThat(AffiliateNewBuyerBurstCheck.span(java.time.Duration.parse(window))).isEqualTo(new Term(en, ja));
    }

    @Test
    void nothingWithoutAnAffiliate() {
        assertThat(inspect(AffiliateSignals.NONE)).isEmpty();
    }

    private List<Finding> inspect(AffiliateSignals signals) {
        return Evidences.inspect(check, Evidences.withAffiliate(SampleOrders.order().build(), signals));
    }
}
