package jp.mamori.gateway.admin;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The {@code name} of a merchant or partner in the admin body that creates it: 1 to 200 characters, stripped. */
final class NameField {

    private static final int MAX_LENGTH = 200;

    private NameField() {
    }

    static String of(JsonNode root) {
        JsonNode name = root.get("name");
        if (name == null || !name.isString() || name.stringValue().isBlank() || name.stringValue().length() > MAX_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "name must be a non-empty string of at most " + MAX_LENGTH + " characters",
                    List.of(new FieldError("name", "must be a non-empty string of at most " + MAX_LENGTH + " characters")));
        }
        return name.stringValue().strip();
    }
}
