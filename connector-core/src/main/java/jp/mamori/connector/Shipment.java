package jp.mamori.connector;

/** One destination of the order. */
public record Shipment(PersonName name, String phone, Address address) {
}
