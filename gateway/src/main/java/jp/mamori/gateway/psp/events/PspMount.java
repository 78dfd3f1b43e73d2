package jp.mamori.gateway.psp.events;

import java.nio.charset.StandardCharsets;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.psp.accounts.PspAccountRecords;
import jp.mamori.psp.adyen.AdyenNotifications;
import jp.mamori.psp.gmopg.GmoPgForm;
import jp.mamori.psp.gmopg.GmoPgNotifications;
import jp.mamori.psp.stripe.StripeEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts the PSP adapter's event readers: each provider's events are worked off by the gateway's inbox under a
 * platform name of their own. Bodies are stored as received for Stripe, one notification item for Adyen, and the
 * form re-encoded in UTF-8 for GMO-PG (see {@link PspEventEndpoint}).
 */
@Configuration(proxyBeanMethods = false)
public class PspMount {

    public static final String STRIPE = "psp-stripe";
    public static final String ADYEN = "psp-adyen";
    public static final String GMO_PG = "psp-gmo-pg";

    @Bean
    PspDeliveryHandler stripeEvents(ScreeningJson json, PspAccountRecords accounts, PspEventApplier applier) {
        return new PspDeliveryHandler(STRIPE, body -> StripeEvents.read(json.readObject(utf8(body))), accounts, applier);
    }

    @Bean
    PspDeliveryHandler adyenEvents(ScreeningJson json, PspAccountRecords accounts, PspEventApplier applier) {
        return new PspDeliveryHandler(ADYEN, body -> AdyenNotifications.item(json.readObject(utf8(body))).event(), accounts,
                applier);
    }

    @Bean
    PspDeliveryHandler gmoPgEvents(PspAccountRecords accounts, PspEventApplier applier) {
        return new PspDeliveryHandler(GMO_PG,
                body -> GmoPgNotifications.read(GmoPgForm.decode(utf8(body), StandardCharsets.UTF_8)), accounts, applier);
    }

    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
