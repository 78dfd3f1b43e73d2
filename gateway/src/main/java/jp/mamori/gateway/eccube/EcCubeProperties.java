package jp.mamori.gateway.eccube;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code mamori.ec-cube.*} ({@code MAMORI_EC_CUBE_RECONCILE_INTERVAL}, …).
 *
 * @param reconcileInterval   how often each EC-CUBE shop is asked for orders no webhook brought
 * @param reconcileOverlap    how far before the last poll each poll reads again (clock skew, slow commits)
 * @param reauthorizationWait how long a delivery of a shop that must be connected again waits before looking again
 * @param stateLifetime       how long an authorize URL can be used (EC-CUBE's own codes last ten minutes)
 */
@ConfigurationProperties("mamori.ec-cube")
public record EcCubeProperties(Duration reconcileInterval, Duration reconcileOverlap, Duration reauthorizationWait,
                               Duration stateLifetime) {

    public EcCubeProperties {
        reconcileInterval = reconcileInterval == null ? Duration.ofMinutes(5) : reconcileInterval;
        reconcileOverlap = reconcileOverlap == null ? Duration.ofMinutes(2) : reconcileOverlap;
        reauthorizationWait = reauthorizationWait == null ? Duration.ofMinutes(1) : reauthorizationWait;
        stateLifetime = stateLifetime == null ? Duration.ofMinutes(15) : stateLifetime;
    }

    /** Where EC-CUBE sends the shop administrator back after approving: {@code MAMORI_PUBLIC_URL} + the callback path. */
    static URI redirectUri(String publicUrl) {
        return URI.create(publicUrl.replaceAll("/+$", "") + EcCubeOAuthController.CALLBACK);
    }
}
