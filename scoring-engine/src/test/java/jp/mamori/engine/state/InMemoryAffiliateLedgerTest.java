package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryAffiliateLedgerTest {

    private static final String AFFILIATE = "shop-tokyo-tea|a8-00123";
    private static final String OTHER_SHOP = "shop-osaka-sweets|a8-00123";

    private final InMemoryAffiliateLedger ledger = new InMemoryAffiliateLedger();

    @Test
    void anAffiliateIsKnownOnceNotedOrGivenKeys() {
        assertThat(ledger.isAffiliate(AFFILIATE)).isFalse();

        ledger.addAffiliate(AFFILIATE);
        ledger.addOwnKey("shop-tokyo-tea|mx-77", "k1");

        assertThat(ledger.isAffiliate(AFFILIATE)).isTrue();
        assertThat(ledger.isAffiliate("shop-tokyo-tea|mx-77")).isTrue();
        assertThat(ledger.isAffiliate(OTHER_SHOP)).isFalse();
    }

    @Test
    void ownKeysBelongToOneAffiliateOfOneMerchant() {
        ledger.addOwnKey(AFFILIATE, "phone-hash");

        assertThat(ledger.isOwnKey(AFFILIATE, "phone-hash")).isTrue();
        assertThat(ledger.isOwnKey(AFFILIATE, "email-hash")).isFalse();
        assertThat(ledger.isOwnKey(OTHER_SHOP, "phone-hash")).isFalse();
    }

    @Test
    void theFirstKeysStayWhenAnAffiliateReachesTheBound() {
        for (int i = 0; i < InMemoryAffiliateLedger.MAX_OWN_KEYS + 10; i++) {
            ledger.addOwnKey(AFFILIATE, "key-" + i);
            ledger.addOwnKey(AFFILIATE, "key-" + i);
        }

        assertThat(ledger.ownKeys(AFFILIATE)).isEqualTo(InMemoryAffiliateLedger.MAX_OWN_KEYS);
        assertThat(ledger.isOwnKey(AFFILIATE, "key-0")).isTrue();
        assertThat(ledger.isOwnKey(AFFILIATE, "key-" + (InMemoryAffiliateLedger.MAX_OWN_KEYS + 5))).isFalse();
    }
}
