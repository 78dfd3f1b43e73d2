package jp.mamori.engine;

import java.util.Locale;

/**
 * Every reason a screening can give, with its stable code and what it means to a shop clerk in
 * English and Japanese. Messages take the finding's details as {@link String#format} arguments.
 * Codes never change meaning once published; weights live in the policy, not here.
 */
public enum ReasonCode {
    EMAIL_INVALID_SYNTAX(
            "The email address cannot receive mail: its format is invalid.",
            "メールアドレスの形式が正しくないため、メールを受け取れません。"),
    EMAIL_DISPOSABLE_DOMAIN(
            "The email address belongs to a disposable email service (%s).",
            "使い捨てメールアドレスのサービス（%s）のアドレスです。"),
    VELOCITY_EMAIL_1H(
            "%d orders with this email address within one hour (limit %d).",
            "同じメールアドレスで1時間以内に%d件の注文があります（上限%d件）。"),
    VELOCITY_EMAIL_24H(
            "%d orders with this email address within 24 hours (limit %d).",
            "同じメールアドレスで24時間以内に%d件の注文があります（上限%d件）。");

    private final String message;
    private final String messageJa;

    ReasonCode(String message, String messageJa) {
        this.message = message;
        this.messageJa = messageJa;
    }

    public String message(Object... details) {
        return String.format(Locale.ROOT, message, details);
    }

    public String messageJa(Object... details) {
        return String.format(Locale.ROOT, messageJa, details);
    }
}
