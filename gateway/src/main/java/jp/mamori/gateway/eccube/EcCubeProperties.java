package jp.mamori.gateway.eccube;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code mamori.ec-cube.*} ({@code MAMORI_EC_CUBE_RECONCILE_INTERVAL}, …).
 *
 * @param reconcileInterval   how often each EC-CUBE shop is asked for orders no webhook brought
 * @param reconcileOverlap    how far before the last poll each poll reads again (clock skew, slow commits)
 * @param reconcileBackfill   how far back the first poll of a shop looks, for orders placed before it was
 *                            connected; zero looks back only the overlap
 * @param reconcilePageSize   how many orders each request of a poll asks for (Api42 answers a page in one
 *                            PHP request on the shop's hosting, so it must stay well within its time limit)
 * @param reauthorizationWait how long a delivery of a shop that must be connected again waits before looking again
 * @param stateLifetime       how long an authorize URL can be used (EC-CUBE's own codes last ten minutes)
 */
@ConfigurationProperties("mamori.ec-cube")
public record EcCubeProperties(Duration reconcileInterval, Duration reconcileOverlap, Duration reconcileBackfill,
                               Integer reconcilePageSize, Duration reauthorizationWait, Duration stateLifetime) {

    public EcCubeProperties {
        reconcileInterval = reconcileInterval == null ? Duration.ofMinutes(5) : reconcileInterval;
        reconcileOverlap = reconcileOverlap == null ? Duration.ofMinutes(2) : reconcileOverlap;
        reconcileBackfill = reconcileBackfill == null ? Duration.ofHours(24) : reconcileBackfill;
        if (reconcileBackfill.isNegative()) {
            throw new IllegalArgumentException("mamori.ec-cube.reconcile-backfill must not be negative");
        }
        reconcilePageSize = reconcilePageSize == null ? 100 : reconcilePageSize;
        if (reconcilePageSize < 1) {
            throw new IllegalArgumentException("mamori.ec-cube.reconcile-page-size must be at least 1");
        }
        reauthorizationWait = reauthorizationWait == null ? Duration.ofMinutes(1) : reauthorizationWait;
        stateLifetime = stateLifetime == null ? Duration.ofMinutes(15) : stateLifetime;
    }

    /** Where EC-CUBE sends the shop administrator back after approving: {@code MAMORI_PUBLIC_URL} + the callback path. */
    static URI redirectUri(String publicUrl) {
        return URI.create(publicUrl.replaceAll("/+$", "") + EcCubeOAuthController.CALLBACK);
    }
}
