package jp.mamori.connector;

/** The person placing the order, as the shop knows them. {@code isNewCustomer} may be null (unknown). */
public record Buyer(PersonName name, String email, String phone, String customerId, Boolean isNewCustomer) {
}
