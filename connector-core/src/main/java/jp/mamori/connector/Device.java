package jp.mamori.connector;

/** What the shop saw of the buyer's browser. {@code ipCountry} is set when the caller knows it (e.g. its CDN). */
public record Device(String ip, String ipCountry, String userAgent, String acceptLanguage, String timezone, String cookieId) {
}
