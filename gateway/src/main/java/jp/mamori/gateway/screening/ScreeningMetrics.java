package jp.mamori.gateway.screening;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.mamori.connector.Decision;
import org.springframework.stereotype.Component;

/** Screenings by decision, and how long screening takes, for Prometheus. */
@Component
public class ScreeningMetrics {

    private final Map<Decision, Counter> decisions = new EnumMap<>(Decision.class);
    private final Timer latency;

    public ScreeningMetrics(MeterRegistry registry) {
        for (Decision decision : Decision.values()) {
            decisions.put(decision, Counter.builder("mamori.screenings")
                    .description("Screenings made, by decision")
                    .tag("decision", decision.name())
                    .register(registry));
        }
        latency = Timer.builder("mamori.screening.latency")
                .description("Time from a valid request to its stored decision")
                .publishPercentileHistogram()
                .register(registry);
    }

    public Timer.Sample start() {
        return Timer.start();
    }

    public void screened(Decision decision, Timer.Sample sample) {
        decisions.get(decision).increment();
        sample.stop(latency);
    }
}
