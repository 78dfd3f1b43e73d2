package jp.mamori.gateway.review;

import java.time.Instant;

/** One verdict of a clerk on a screening: who (the merchant whose API key sent it), what and when. */
public record Review(String screeningId, String reviewedBy, Resolution resolution, String note, Instant reviewedAt) {
}
