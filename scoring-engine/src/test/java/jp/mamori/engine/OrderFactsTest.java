package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderFactsTest {

    private static final OrderFacts FULL = new OrderFacts("ORD-2026/11&25=1", List.of("TRIAL-SET,01", "抹茶 お試し"),
            "a8-00123", "C-7788", true, "454742", "1037", 980);

    @Test
    void everyFactSurvivesItsTextFormWhateverCharactersItHolds() {
        assertThat(OrderFacts.decode(FULL.encode())).isEqualTo(FULL);
    }

    @Test
    void theTextFormIsOneAsciiLineWithAVersion() {
        assertThat(FULL.encode()).startsWith("v=1&").matches("\\p{Graph}+");
    }

    @Test
    void absentFactsAreLeftOutAndComeBackAbsent() {
        OrderFacts konbini = new OrderFacts("ORD-9", List.of(), null, null, false, null, null, 6480);

        assertThat(konbini.encode()).isEqualTo("v=1&order=ORD-9&yen=6480");
        assertThat(OrderFacts.decode(konbini.encode())).isEqualTo(konbini);
    }

    @Test
    void nothingStoredIsNoFacts() {
        assertThat(OrderFacts.decode(null)).isEqualTo(OrderFacts.NONE);
        assertThat(OrderFacts.decode("")).isEqualTo(OrderFacts.NONE);
    }

    @Test
    void factsANewerEngineWroteAreSkipped() {
        assertThat(OrderFacts.decode("v=2&order=ORD-1&risk_tier=3&yen=abc&noise")).isEqualTo(
                new OrderFacts("ORD-1", List.of(), null, null, false, null, null, -1));
    }

    @Test
    void onlyFirstPurchasesAndAffiliatesOwnOrdersOutliveVelocity() {
        assertThat(FULL.isLongTerm()).isTrue();
        assertThat(new OrderFacts("ORD-1", List.of(), "a8-00123", null, true, "454742", "1037", 980).isLongTerm()).isFalse();
        assertThat(new OrderFacts("ORD-1", List.of(), null, "C-7788", false, null, null, -1).isLongTerm()).isTrue();
    }
}
