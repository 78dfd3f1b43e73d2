package jp.mamori.gateway.review;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.gateway.storage.Screenings;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

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

    /**
     * {@code work} on a screening found a moment before, answered as not found when the screening was deleted in
     * between (the retention pass): the row written for it then breaks its foreign key. Any other refusal stands.
     */
    static <T> Mono<T> unlessDeletedMeanwhile(Mono<T> work, Screenings screenings, String merchantId, String screeningId) {
        return work.onErrorResume(DataIntegrityViolationException.class, refused -> screenings.exists(merchantId, screeningId)
                .flatMap(exists -> exists ? Mono.<T>error(refused) : Mono.<T>error(problem())));
    }
}
