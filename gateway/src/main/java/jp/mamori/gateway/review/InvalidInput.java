package jp.mamori.gateway.review;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The 400 for one bad field or query parameter: names it and says what it must be, never echoes it. */
final class InvalidInput {

    private InvalidInput() {
    }

    static ApiProblem of(String field, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + " " + detail,
                List.of(new FieldError(field, detail)));
    }
}
