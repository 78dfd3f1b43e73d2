package jp.mamori.gateway.review;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * The 404 for a screening id this merchant does not have. Another merchant's screening gets the
 * same answer as one that never existed, so ids tell nothing about other merchants.
 */
final class ScreeningNotFound {

    private ScreeningNotFound() {
    }

    static ApiProblem problem() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "this merchant has no screening with that id", List.of(new FieldError("id", "no such screening for this merchant")));
    }
}
