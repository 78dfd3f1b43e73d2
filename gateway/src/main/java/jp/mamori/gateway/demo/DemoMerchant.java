package jp.mamori.gateway.demo;

import java.time.Clock;

import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.admin.MerchantAdmin;
import jp.mamori.gateway.auth.ApiKeys;
import jp.mamori.gateway.storage.Merchants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes the demo merchant ready at start, so that {@code java -jar} is enough to screen an order.
 * Its key comes from {@code MAMORI_DEMO_API_KEY}; without it, a fresh key is generated at each start,
 * printed once, and the previous generated key is revoked.
 */
@Component
@Order(1)
public class DemoMerchant implements ApplicationRunner {

    public static final String MERCHANT_ID = "demo";
    private static final String GENERATED = "demo-generated";
    private static final String CONFIGURED = "demo-configured";

    private final MamoriProperties.Demo demo;
    private final Merchants merchants;
    private final MerchantAdmin admin;
    private final Clock clock;

    public DemoMerchant(MamoriProperties properties, Merchants merchants, MerchantAdmin admin, Clock clock) {
        this.demo = properties.demo();
        this.merchants = merchants;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        Mono<Void> merchant = merchants.find(MERCHANT_ID)
                .hasElement()
                .flatMap(exists -> exists ? Mono.<Void>empty()
                        : merchants.create(new Merchants.Merchant(MERCHANT_ID, "Demo shop", clock.instant())));
        String configured = demo.apiKey();
        if (configured != null && !configured.isBlank()) {
            String hash = ApiKeys.hash(configured);
            merchant.then(merchants.keyExists(hash))
                    .flatMap(exists -> exists ? Mono.<Void>empty()
                            : merchants.addKey(MERCHANT_ID, ApiKeys.newId("key_"), hash, CONFIGURED, clock.instant()))
                    .block();
            System.out.println("Mamori demo merchant '" + MERCHANT_ID + "' is ready with the API key from MAMORI_DEMO_API_KEY.");
            return;
        }
        MerchantAdmin.IssuedKey issued = merchant
                .then(merchants.revokeLabelled(MERCHANT_ID, GENERATED, clock.instant()))
                .then(admin.issueKey(MERCHANT_ID, GENERATED))
                .block();
        System.out.println("Mamori demo merchant '" + MERCHANT_ID + "' is ready. Its API key for this run (shown once): "
                + issued.apiKey());
    }
}
