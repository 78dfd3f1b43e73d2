package jp.mamori.eccube;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.mamori.connector.Decision;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import jp.mamori.connector.signature.Secret;

/**
 * Everything the bridge knows about one EC-CUBE shop: where it is and its admin route (for the authorize
 * URL), the OAuth client Api42 issued for Mamori, the webhook secrets (all accepted while one is rotated),
 * which decisions hold the order (新規受付/入金済み → 対応中, through Mamori42), which {@code OrderStatus}
 * ids are screened, and how hard to try reaching the shop. Never shown in a log line with its secrets.
 */
public record EcCubeShopSettings(
        String shopId,
        URI baseUrl,
        String adminRoute,
        String clientId,
        String clientSecret,
        List<Secret> webhookSecrets,
        Set<Decision> holdOn,
        Set<Integer> screenStatuses,
        ShopHttpPolicy http) {

    /** REVIEW and NG hold the order for a clerk; OK only records the decision. */
    public static final Set<Decision> DEFAULT_HOLD = Set.of(Decision.REVIEW, Decision.NG);

    public EcCubeShopSettings {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(baseUrl, "baseUrl");
        adminRoute = adminRoute == null || adminRoute.isBlank() ? "admin" : adminRoute.replaceAll("^/+|/+$", "");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        webhookSecrets = List.copyOf(webhookSecrets);
        if (webhookSecrets.isEmpty()) {
            throw new IllegalArgumentException("shop " + shopId + ": at least one webhook secret is needed");
        }
        holdOn = holdOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holdOn));
        if (holdOn.contains(Decision.OK)) {
            throw new IllegalArgumentException("shop " + shopId + ": an OK order is never held");
        }
        screenStatuses = Set.copyOf(screenStatuses.isEmpty() ? ScreeningFilter.DEFAULT_STATUSES : screenStatuses);
        Objects.requireNonNull(http, "http");
    }

    public EcCubeWebhookVerifier verifier() {
        return new EcCubeWebhookVerifier(webhookSecrets);
    }

    public EcCubeOrderTranslator translator(Clock clock) {
        return new EcCubeOrderTranslator(clock);
    }

    public ScreeningFilter filter() {
        return new ScreeningFilter(screenStatuses);
    }

    public boolean holds(Decision decision) {
        return holdOn.contains(decision);
    }

    @Override
    public String toString() {
        return "EcCubeShopSettings[" + shopId + " " + baseUrl + "]";
    }
}
