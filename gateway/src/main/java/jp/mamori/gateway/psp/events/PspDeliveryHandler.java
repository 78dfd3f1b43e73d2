package jp.mamori.gateway.psp.events;

import java.util.function.Function;

import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryHandler;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.gateway.psp.accounts.PspAccountRecords;
import jp.mamori.psp.PspEvent;
import reactor.core.publisher.Mono;

/**
 * Applies one provider's stored events from the inbox. Each delivery is one event, stored as the provider sent it
 * after its signature was checked; it is read again here, and applied for the merchant its account belongs to.
 */
public class PspDeliveryHandler implements DeliveryHandler {

    private final String platform;
    private final Function<String, PspEvent> reader;
    private final PspAccountRecords accounts;
    private final PspEventApplier applier;

    /** {@code reader} reads a stored body back into its event; {@code platform} is the inbox's name for the provider. */
    public PspDeliveryHandler(String platform, Function<String, PspEvent> reader, PspAccountRecords accounts,
                              PspEventApplier applier) {
        this.platform = platform;
        this.reader = reader;
        this.accounts = accounts;
        this.applier = applier;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public Mono<Void> handle(Delivery delivery) {
        return accounts.find(delivery.shop())
                .switchIfEmpty(Mono.error(() -> new PermanentDeliveryFailure("the PSP account " + delivery.shop()
                        + " was removed; configure it again and replay this delivery")))
                .flatMap(account -> applier.apply(account.merchantId(), reader.apply(delivery.body())));
    }
}
