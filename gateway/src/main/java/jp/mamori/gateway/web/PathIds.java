package jp.mamori.gateway.web;

import java.util.List;

import jp.mamori.connector.FieldError;
import org.springframework.http.HttpStatus;

/**
 * The ids an admin gives the things it names in a path (a shop, a PSP account): lower-case letters, digits and hyphens,
 * so that the same id reads the same in a webhook URL the platform is given, in a log and in a metric's tag.
 */
public final class PathIds {

    private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private PathIds() {
    }

    /** {@code id}, or a 400 naming {@code field} when it is not such an id. */
    public static String checked(String id, String field) {
        if (!id.matches(ID)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "the " + field + " id must be 1 to 64 lower-case letters, digits and hyphens",
                    List.of(new FieldError(field, "must be 1 to 64 lower-case letters, digits and hyphens")));
        }
        return id;
    }
}
