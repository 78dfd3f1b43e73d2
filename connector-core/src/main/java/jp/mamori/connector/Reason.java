package jp.mamori.connector;

/** Why a screening scored what it did: a stable code, its weight in the score, and what it means for a clerk. */
public record Reason(String code, int weight, String message, String messageJa) {
}
