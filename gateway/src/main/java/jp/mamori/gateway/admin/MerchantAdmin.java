package jp.mamori.gateway.admin;

import java.time.Clock;

import jp.mamori.gateway.auth.ApiKeys;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.storage.Merchants.Merchant;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Creating merchants and issuing or revoking their API keys. A key exists in clear only in the answer that issues it. */
@Service
public class MerchantAdmin {

    /** A freshly issued key, shown once. */
    public record IssuedKey(String merchantId, String keyId, String apiKey) {
    }

    private final Merchants merchants;
    private final Clock clock;

    public MerchantAdmin(Merchants merchants, Clock clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    public Mono<IssuedKey> createMerchant(String merchantId, String name, String label) {
        IssuedKey issued = newKey(merchantId);
        return merchants.createWithKey(new Merchant(merchantId, name, clock.instant()), issued.keyId(),
                        ApiKeys.hash(issued.apiKey()), label)
                .thenReturn(issued);
    }

    public Mono<IssuedKey> issueKey(String merchantId, String label) {
        IssuedKey issued = newKey(merchantId);
        return merchants.addKey(merchantId, issued.keyId(), ApiKeys.hash(issued.apiKey()), label, clock.instant())
                .thenReturn(issued);
    }

    private static IssuedKey newKey(String merchantId) {
        return new IssuedKey(merchantId, ApiKeys.newId("key_"), ApiKeys.generate());
    }
}
