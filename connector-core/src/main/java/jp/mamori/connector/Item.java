package jp.mamori.connector;

import java.math.BigDecimal;

/** A line of the order. {@code firstPurchaseOnly} marks products sold once per customer (お一人様一回限り). */
public record Item(String sku, String name, int quantity, BigDecimal unitPrice, boolean firstPurchaseOnly) {
}
