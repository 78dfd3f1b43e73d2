package jp.mamori.gateway.psp.events;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Provider events refused at the door (a bad signature, an expired one, a wrong token or shop), counted by provider and
 * reason: a steady count after a key rotation is a key not yet configured, and is seen here before chargebacks go
 * missing.
 */
@Component
public class EventRefusals {

    private final MeterRegistry meters;

    public EventRefusals(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts one refused event (or Adyen item). */
    public void count(String provider, String reason) {
        Counter.builder("mamori.psp.events.refused")
                .description("Provider events refused before they were stored, by provider and reason")
                .tag("provider", provider)
                .tag("reason", reason.toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }

    /** Counts, and the 401 to answer with {@code detail}. */
    public ApiProblem unauthorized(String provider, String reason, String detail) {
        count(provider, reason);
        return ApiProblem.unauthorized(detail);
    }

    /** Counts, and the 403 to answer with {@code detail}. */
    public ApiProblem forbidden(String provider, String reason, String detail) {
        count(provider, reason);
        return ApiProblem.forbidden(detail);
    }
}
