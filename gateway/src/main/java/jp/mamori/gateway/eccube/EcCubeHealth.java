package jp.mamori.gateway.eccube;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code ecCube} in {@code /actuator/health}: {@code NEEDS_REAUTHORIZATION} while a shop refuses Mamori's
 * tokens. The gateway itself is fine (webhooks are stored, deliveries wait), so the status is one the
 * aggregate ignores: the overall health stays UP and no load balancer takes the gateway out.
 */
@Component("ecCube")
public class EcCubeHealth implements ReactiveHealthIndicator {

    static final Status NEEDS_REAUTHORIZATION = new Status("NEEDS_REAUTHORIZATION",
            "a shop administrator must connect these EC-CUBE shops again");

    private final EcCubeRecords records;

    public EcCubeHealth(EcCubeRecords records) {
        this.records = records;
    }

    @Override
    public Mono<Health> health() {
        return records.shopsNeedingReauthorization()
                .map(shops -> shops.isEmpty() ? Health.up().build()
                        : Health.status(NEEDS_REAUTHORIZATION).withDetail("shops", shops).build());
    }
}
