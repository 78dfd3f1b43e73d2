package jp.mamori.psp.authorization;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a PSP is told to do with the authorization. */
public enum Action {
    ACCEPT, CHALLENGE, DENY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action named {@code json} as the API writes it ({@code accept}, …); empty for any other text. */
    public static Optional<Action> fromJson(String json) {
        for (Action action : values()) {
            if (action.json().equals(json)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
