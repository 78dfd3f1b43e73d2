package jp.mamori.gateway.review;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /admin/merchants/{id}/negative-list}: an initial negative list from CSV, behind the admin token. */
@RestController
public class NegativeListAdminController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final NegativeListImport imports;

    public NegativeListAdminController(AdminGuard guard, BodyLimit bodies, NegativeListImport imports) {
        this.guard = guard;
        this.bodies = bodies;
        this.imports = imports;
    }

    @PostMapping(path = "/admin/merchants/{id}/negative-list", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> importCsv(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(Mono.fromRunnable(() -> requireCsv(exchange.getRequest().getHeaders().getContentType())))
                .then(bodies.read(exchange.getRequest()))
                // A BOM from a spreadsheet's "CSV UTF-8" export would otherwise stick to the first column's name.
                .map(body -> new String(body, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""))
                .flatMap(csv -> imports.importCsv(id, csv))
                .map(imported -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("merchant_id", id);
                    body.put("lines", imported.lines());
                    body.put("keys_listed", imported.listed());
                    body.put("keys_already_listed", imported.alreadyListed());
                    return body;
                });
    }

    private static void requireCsv(MediaType type) {
        if (type == null || !CSV.isCompatibleWith(type)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "send the list as Content-Type: text/csv (UTF-8)");
        }
    }
}
