package jp.mamori.connector;

/** The affiliate that referred the order, if any. */
public record Affiliate(String id) {
}
