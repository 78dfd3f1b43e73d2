package jp.mamori.gateway.policy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.mamori.engine.PolicyFormat;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.policy.MerchantPolicyRows.StoredPolicy;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /admin/merchants/{id}/policy}: a merchant's own policy, in YAML or JSON, behind the admin token. */
@RestController
public class PolicyAdminController {

    private static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final MerchantPolicyService policies;
    private final ScoringEngine engine;

    public PolicyAdminController(AdminGuard guard, BodyLimit bodies, MerchantPolicyService policies, ScoringEngine engine) {
        this.guard = guard;
        this.bodies = bodies;
        this.policies = policies;
        this.engine = engine;
    }

    @PutMapping(path = "/admin/merchants/{id}/policy", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> put(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(Mono.fromCallable(() -> format(exchange.getRequest().getHeaders().getContentType())))
                .flatMap(format -> bodies.read(exchange.getRequest())
                        .flatMap(body -> policies.upload(id, text(body), format)))
                .map(upload -> ResponseEntity.status(upload.stored() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(describe(upload.policy(), false)));
    }

    @GetMapping(path = "/admin/merchants/{id}/policy", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(policies.inForce(id))
                .map(own -> own.map(stored -> describe(stored, true)).orElseGet(() -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("merchant_id", id);
                    body.put("source", "default");
                    body.put("version", engine.policy().version());
                    return body;
                }));
    }

    private static Map<String, Object> describe(StoredPolicy stored, boolean withDocument) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_id", stored.merchantId());
        body.put("source", "merchant");
        body.put("version", stored.version());
        body.put("format", stored.format().name().toLowerCase(Locale.ROOT));
        body.put("uploaded_at", stored.uploadedAt().toString());
        if (withDocument) {
            body.put("document", stored.document());
        }
        return body;
    }

    private static PolicyFormat format(MediaType type) {
        if (type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix()))) {
            return PolicyFormat.JSON;
        }
        if (type != null && (YAML_TYPES.contains(type.getType() + "/" + type.getSubtype()) || "yaml".equals(type.getSubtypeSuffix()))) {
            return PolicyFormat.YAML;
        }
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send the policy as Content-Type: application/yaml or application/json");
    }

    private static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-policy", "Invalid policy", "the policy must be UTF-8 text");
        }
    }
}
