package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.engine.AnonymousNetwork;
import jp.mamori.engine.IpNetwork;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnonymousNetworkCheckTest {

    private final AnonymousNetworkCheck check = new AnonymousNetworkCheck();

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnonymousNetwork.class)
    void notesEachKindOfAnonymousNetwork(AnonymousNetwork network) {
        List<Finding> findings = inspect(new IpNetwork("JP", Set.of(network)));

        assertThat(findings).containsExactly(Finding.of(ReasonCode.DEVICE_IP_ANONYMOUS_NETWORK, network.term()));
    }

    @Test
    void namesEveryKindTheAddressBelongsToInOneReasonInAFixedOrder() {
        List<Finding> findings = inspect(new IpNetwork("NL",
                EnumSet.of(AnonymousNetwork.TOR_EXIT_NODE, AnonymousNetwork.HOSTING_PROVIDER)));

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message())
                .isEqualTo("The order came through a hosting provider or data centre and the Tor network, a network that hides who and where the buyer is.");
        assertThat(findings.get(0).messageJa()).startsWith("データセンター（ホスティング事業者）とTor（匿名化ネットワーク）経由の注文です。");
    }

    @Test
    void anOrdinaryAddressOrNoDatabaseSaysNothing() {
        assertThat(inspect(new IpNetwork("JP", Set.of()))).isEmpty();
        assertThat(inspect(IpNetwork.UNKNOWN)).isEmpty();
        assertThat(Evidences.inspect(check, SampleOrders.order().build())).isEmpty();
    }

    private List<Finding> inspect(IpNetwork ipNetwork) {
        return Evidences.inspect(check, Evidences.withIpNetwork(SampleOrders.order().build(), ipNetwork));
    }
}
