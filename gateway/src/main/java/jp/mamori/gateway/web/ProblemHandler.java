package jp.mamori.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457) with a stable type URI.
 * Whatever a client sends ends in a 4xx; a 5xx means a fault of ours, logged without the request.
 * Runs before Spring Boot's own error handler (order -1).
 */
@Component
@Order(-2)
public class ProblemHandler implements WebExceptionHandler {

    public static final String TYPE_BASE = "https://mamori.jp/problems/";
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ScreeningJson json;

    public ProblemHandler(ScreeningJson json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ApiProblem problem = toProblem(failure);
        if (problem.status().is5xxServerError()) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    withoutCheckpoints(failure));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        if (!problem.errors().isEmpty()) {
            String field = problem.errors().get(0).field();
            if (!field.isEmpty()) {
                body.put("field", field);
            }
            body.put("errors", problem.errors());
        }
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(PROBLEM_JSON);
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json.write(body))));
    }

    static ApiProblem toProblem(Throwable failure) {
        if (failure instanceof ApiProblem problem) {
            return problem;
        }
        if (failure instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid);
        }
        if (failure instanceof DataBufferLimitException) {
            return BodyLimit.tooLarge();
        }
        if (failure instanceof MethodNotAllowedException e) {
            return new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                    "this path does not accept " + e.getHttpMethod());
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return unsupportedMediaType();
        }
        if (failure instanceof ServerWebInputException e) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                    e.getReason() == null ? "the request could not be read" : e.getReason());
        }
        if (failure instanceof ResponseStatusException e) {
            return fromStatus(e.getStatusCode());
        }
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Mamori failed to handle this request; it has been logged");
    }

    static ApiProblem unsupportedMediaType() {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send the body as Content-Type: application/json");
    }

    private static ApiProblem fromStatus(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == HttpStatus.NOT_FOUND) {
            return ApiProblem.notFound("no such resource");
        }
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return new ApiProblem(status, slug, status.getReasonPhrase(), status.getReasonPhrase());
    }

    private static ApiProblem invalidRequest(InvalidRequestException e) {
        List<FieldError> errors = e.errors();
        return switch (e.kind()) {
            case MALFORMED_JSON -> new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    errors.get(0).detail());
            case INVALID_FIELD -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).detail()
                            : errors.size() + " fields are invalid; see errors", errors);
            case CARD_NUMBER -> new ApiProblem(HttpStatus.BAD_REQUEST, "card-number-refused", "Card number refused",
                    "Mamori never accepts full card numbers; the request was discarded without being stored", errors);
        };
    }

    /**
     * {@code failure} as it is logged: its messages and stack traces without what Reactor attached as suppressed
     * exceptions. Those are its checkpoints, which name the request with its query string, and a query string may carry
     * a secret (a GMO-PG account's URL token is one).
     */
    static Throwable withoutCheckpoints(Throwable failure) {
        Throwable copy = new Throwable(failure.toString(),
                failure.getCause() == null || failure.getCause() == failure ? null : withoutCheckpoints(failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
