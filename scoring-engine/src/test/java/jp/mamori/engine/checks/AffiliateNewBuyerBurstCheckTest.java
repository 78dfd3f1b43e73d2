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
    @CsvSource({"1, 1, ''", "2, 3, ''", "3, 1, device", "1, 4, address", "5, 6, device"})
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

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, 4, "a8-00123", new Term("device", "端末"), 24L, 2));
        assertThat(finding.messageJa()).startsWith("4人の新規のお客様が、アフィリエイト（a8-00123）経由で同じ端末から24時間以内に注文しています（上限2人）。");
    }

    @Test
    void nothingWithoutAnAffiliate() {
        assertThat(inspect(AffiliateSignals.NONE)).isEmpty();
    }

    private List<Finding> inspect(AffiliateSignals signals) {
        return Evidences.inspect(check, Evidences.withAffiliate(SampleOrders.order().build(), signals));
    }
}
