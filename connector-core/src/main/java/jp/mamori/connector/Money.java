package jp.mamori.connector;

import java.math.BigDecimal;

/** An amount in a currency's major unit (yen have no minor unit). */
public record Money(BigDecimal value, String currency) {
}
