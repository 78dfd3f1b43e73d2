package jp.mamori.psp.authorization;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a PSP is told to do with the authorization. */
public enum Action {
    ACCEPT, CHALLENGE, DENY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
