package jp.mamori.eccube;

import jp.mamori.connector.ScreeningPort;

/**
 * A connected EC-CUBE shop as the gateway keeps it for as long as its settings do not change: its
 * settings, verifier and translator (each holds a JSON mapper that must stay warm), its OAuth client and token keeper
 * (single-flight refresh), its client (whose circuit breaker remembers the shop's health), its
 * write-back (which remembers whether Mamori42 is installed) and where its orders are screened.
 */
public record EcCubeShop(EcCubeShopSettings settings, EcCubeWebhookVerifier verifier, EcCubeOrderTranslator translator,
                         ScreeningFilter filter, EcCubeOAuth oauth, TokenKeeper tokens, EcCubeClient client,
                         EcCubeWriteBack writeBack, ScreeningPort screening) {
}
