package jp.mamori.gateway.review;

import jp.mamori.connector.Decision;

/**
 * Which of a merchant's screenings to list: {@code decision} and {@code status} filter when not null;
 * {@code after} (null: from the newest) is where the previous page ended.
 */
public record QueueQuery(Decision decision, ReviewStatus status, int limit, QueueCursor after) {
}
