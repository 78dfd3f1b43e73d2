package jp.mamori.connector;

/**
 * A postal address as carts send it. For Japan: {@code region} is the prefecture (都道府県),
 * {@code locality} the city (市区町村), {@code line1} town and block, {@code line2} building and room.
 */
public record Address(String country, String postalCode, String region, String locality, String line1, String line2) {
}
