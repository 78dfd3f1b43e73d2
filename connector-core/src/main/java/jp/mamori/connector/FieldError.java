package jp.mamori.connector;

/**
 * One thing wrong with a request: the field's path ({@code buyer.email}, {@code items[2].quantity})
 * and what is wrong with it. The detail never repeats the value the client sent.
 */
public record FieldError(String field, String detail) {
}
