package jp.mamori.gateway.admin;

import java.time.Clock;

import jp.mamori.gateway.auth.ApiKeys;
import jp.mamori.gateway.storage.Partners;
import jp.mamori.gateway.storage.Partners.Partner;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Creating partners and issuing their keys. A key exists in clear only in the answer that issues it. */
@Service
public class PartnerAdmin {

    /** A freshly issued partner key, shown once. */
    public record IssuedKey(String partnerId, String keyId, String apiKey) {
    }

    private final Partners partners;
    private final Clock clock;

    public PartnerAdmin(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    public Mono<IssuedKey> createPartner(String partnerId, String name) {
        IssuedKey issued = newKey(partnerId);
        return partners.createWithKey(new Partner(partnerId, name, clock.instant()), issued.keyId(), ApiKeys.hash(issued.apiKey()))
                .thenReturn(issued);
    }

    public Mono<IssuedKey> issueKey(String partnerId) {
        IssuedKey issued = newKey(partnerId);
        return partners.addKey(partnerId, issued.keyId(), ApiKeys.hash(issued.apiKey()), clock.instant())
                .thenReturn(issued);
    }

    private static IssuedKey newKey(String partnerId) {
        return new IssuedKey(partnerId, ApiKeys.newId("key_"), ApiKeys.generatePartnerKey());
    }
}
