package jp.mamori.eccube;

import java.time.Instant;
import java.util.Objects;

/** An OAuth2 access token, the refresh token that renews it, and when the access token expires. Never shown in a log line. */
public record Tokens(String accessToken, String refreshToken, Instant expiresAt) {

    public Tokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "Tokens[redacted, expiresAt=" + expiresAt + "]";
    }
}
