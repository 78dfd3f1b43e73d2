package jp.mamori.connector;

/** How the order is paid: a method name (card, konbini, cod, …) and, for cards, what the PSP lets us see. */
public record Payment(String method, Card card, ThreeDs threeDs) {
}
