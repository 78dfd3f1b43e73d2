package jp.mamori.connector;

/** The EMV 3-D Secure result: {@code transStatus} (Y, N, U, A, C, R, I, D) and ECI. */
public record ThreeDs(String transStatus, String eci) {
}
