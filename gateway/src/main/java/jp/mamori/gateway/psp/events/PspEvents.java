package jp.mamori.gateway.psp.events;

import java.util.Locale;

import jp.mamori.psp.PspEvent;

/** Names of provider events as the inbox and the meters show them. */
final class PspEvents {

    private PspEvents() {
    }

    /** {@code chargeback}, {@code fraud_reported}, {@code declined} or {@code ignored}. */
    static String kind(PspEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
