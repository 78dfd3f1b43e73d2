package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

    @Test
    void aNewRegistrationReplacesTheOneBefore() {
        ledger.register(AFFILIATE, List.of("old-phone", "home"));
        ledger.register(AFFILIATE, List.of("new-phone", "home"));

        assertThat(ledger.isOwnKey(AFFILIATE, "old-phone")).isFalse();
        assertThat(ledger.isOwnKey(AFFILIATE, "new-phone")).isTrue();
        assertThat(ledger.isOwnKey(AFFILIATE, "home")).isTrue();
    }

    @Test
    void withdrawingARegistrationKeepsWhatTheAffiliatesOwnOrdersShowed() {
        ledger.register(AFFILIATE, List.of("phone-hash", "address-hash"));
        ledger.addOwnKey(AFFILIATE, "address-hash");

        ledger.unregister(AFFILIATE);

        assertThat(ledger.isOwnKey(AFFILIATE, "phone-hash")).isFalse();
        assertThat(ledger.isOwnKey(AFFILIATE, "address-hash")).isTrue();
        assertThat(ledger.isAffiliate(AFFILIATE)).isTrue();
    }

    @Test
    void anAffiliateKnownOnlyByItsRegistrationIsForgottenWithIt() {
        ledger.register(AFFILIATE, List.of("phone-hash"));
        ledger.addAffiliate(OTHER_SHOP);
        ledger.register(OTHER_SHOP, List.of("phone-hash"));

        ledger.unregister(AFFILIATE);
        ledger.unregister(OTHER_SHOP);

        assertThat(ledger.isAffiliate(AFFILIATE)).isFalse();
        assertThat(ledger.isAffiliate(OTHER_SHOP)).as("orders came through it").isTrue();
        assertThat(ledger.isOwnKey(OTHER_SHOP, "phone-hash")).isFalse();
    }

    @Test
    void registeredKeysStayWhenTheLearntOnesReachTheBound() {
        ledger.register(AFFILIATE, List.of("registered"));
        for (int i = 0; i < InMemoryAffiliateLedger.MAX_OWN_KEYS + 10; i++) {
            ledger.addOwnKey(AFFILIATE, "key-" + i);
        }

        assertThat(ledger.isOwnKey(AFFILIATE, "registered")).isTrue();
    }
}
