package jp.mamori.gateway.review;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.gateway.auth.MerchantAuthenticator;
import jp.mamori.gateway.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The review queue, a clerk's verdict and a merchant's feedback, each behind the merchant's API key. */
@RestController
public class ReviewController {

    private final MerchantAuthenticator authenticator;
    private final BodyLimit bodies;
    private final VerdictReader reader;
    private final ReviewRecords reviews;
    private final ReviewService reviewService;
    private final FeedbackService feedbackService;
    private final ScreeningView view;

    public ReviewController(MerchantAuthenticator authenticator, BodyLimit bodies, VerdictReader reader,
                            ReviewRecords reviews, ReviewService reviewService, FeedbackService feedbackService,
                            ScreeningView view) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.reader = reader;
        this.reviews = reviews;
        this.reviewService = reviewService;
        this.feedbackService = feedbackService;
        this.view = view;
    }

    @Operation(summary = "List the merchant's screenings, newest first: the review queue with decision=REVIEW&status=open",
            security = @SecurityRequirement(name = "merchantKey"))
    @ApiResponse(responseCode = "200", description = "One page; next_cursor fetches the next, null on the last page")
    @ApiResponse(responseCode = "400", description = "A bad decision, status, limit or cursor",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/v1/screenings", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> queue(@Parameter(hidden = true) ServerWebExchange exchange) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> {
                    QueueQuery query = QueueQueryReader.read(exchange.getRequest().getQueryParams());
                    // One more than asked tells whether another page follows.
                    QueueQuery probe = new QueueQuery(query.decision(), query.status(), query.limit() + 1, query.after());
                    return reviews.page(merchant, probe).collectList().map(entries -> page(entries, query.limit()));
                });
    }

    private Map<String, Object> page(List<ReviewRecords.QueueEntry> entries, int limit) {
        List<ReviewRecords.QueueEntry> shown = entries.subList(0, Math.min(limit, entries.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("screenings", shown.stream().map(view::queueItem).toList());
        ReviewRecords.QueueEntry last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        body.put("next_cursor", entries.size() > limit ? new QueueCursor(last.screenedAt(), last.screeningId()).encode() : null);
        return body;
    }

    @Operation(summary = "Record a clerk's verdict: OK or NG resolves the screening, HOLD keeps it open; NG lists the buyer",
            security = @SecurityRequirement(name = "merchantKey"))
    @ApiResponse(responseCode = "201", description = "Stored; the latest review counts")
    @ApiResponse(responseCode = "400", description = "A bad resolution or note", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such screening for this merchant",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/v1/screenings/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> review(@Parameter(hidden = true) ServerWebExchange exchange,
                                                            @PathVariable String id) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> bodies.readJson(exchange.getRequest())
                        .map(reader::review)
                        .flatMap(input -> reviewService.review(merchant, id, input)))
                .map(review -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("screening_id", review.screeningId());
                    body.putAll(ScreeningView.review(review));
                    body.put("status", ReviewStatus.after(review).label());
                    return ResponseEntity.created(URI.create("/v1/screenings/" + id)).body(body);
                });
    }

    @Operation(summary = "Report a chargeback, a confirmed fraud or a confirmed genuine buyer",
            security = @SecurityRequirement(name = "merchantKey"))
    @ApiResponse(responseCode = "201", description = "Stored, and the negative list changed accordingly")
    @ApiResponse(responseCode = "200", description = "This type was reported before; nothing changed")
    @ApiResponse(responseCode = "400", description = "A bad type or note", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such screening for this merchant",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/v1/screenings/{id}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> feedback(@Parameter(hidden = true) ServerWebExchange exchange,
                                                              @PathVariable String id) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> bodies.readJson(exchange.getRequest())
                        .map(reader::feedback)
                        .flatMap(input -> feedbackService.feedback(merchant, id, input)))
                .map(received -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("screening_id", received.feedback().screeningId());
                    body.putAll(ScreeningView.feedback(received.feedback()));
                    return ResponseEntity.status(received.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                            .location(URI.create("/v1/screenings/" + id))
                            .body(body);
                });
    }
}
