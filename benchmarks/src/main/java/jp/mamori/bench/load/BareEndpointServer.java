package jp.mamori.bench.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The floor under the gateway's latency: the same stack (WebFlux functional endpoint on Reactor
 * Netty) answering what the gateway answers, with none of its work. {@code POST /v1/screenings} gets a
 * fixed screening of the real answer's shape, with no authentication, validation or scoring;
 * {@code POST /hooks/woocommerce/{shop}} and {@code POST /hooks/ec-cube/{shop}} get the gateway's
 * "stored" answer, with no signature check and no inbox. Built by hand rather than with Spring Boot
 * because Boot's auto-configuration does not survive the shaded jar.
 *
 * <p>Run as {@code BareEndpointServer [--port N]} (0, the default, picks a free port). Prints
 * {@code LISTENING <port>} once bound and stops when its stdin closes, so it cannot outlive the
 * process that started it.
 */
public final class BareEndpointServer {

    static final byte[] ANSWER = """
            {"screening_id":"scr_5f0c3a9e8b7d4e21a6c9f03b1d2e4a7c","order_id":"bench_bare_0",\
            "decision":"OK","score":0,"reasons":[],"recommendation":{"three_ds":"none"},\
            "policy_version":"default-2026-11-25","screened_at":"2026-11-25T12:00:00Z"}"""
            .getBytes(StandardCharsets.UTF_8);

    static final byte[] AUTHORIZATION = """
            {"authorization_id":"auth_019abc3f5e7d7c2a9b1e4f60d8a2c5b7","screening_id":"scr_019abc3f5e7d7c2a9b1e4f60d8a2c5b8",\
            "action":"accept","decision":"OK","score":0,"reasons":[],\
            "three_ds":{"recommendation":"frictionless","challenge_indicator":"05"},"fallback":false}"""
            .getBytes(StandardCharsets.UTF_8);

    static final byte[] WOOCOMMERCE_STORED = "{\"result\":\"stored\"}".getBytes(StandardCharsets.UTF_8);

    /** The gateway's answer to a batch with one order event in it, which is what EcCubeWebhookLoad sends. */
    static final byte[] EC_CUBE_STORED =
            "{\"result\":\"stored\",\"stored\":1,\"duplicates\":0}".getBytes(StandardCharsets.UTF_8);

    private BareEndpointServer() {
    }

    public static void main(String[] args) throws IOException {
        DisposableServer server = start(port(args));
        System.out.println("LISTENING " + server.port());
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
        server.disposeNow();
    }

    /** Binds to the loopback interface; port 0 picks a free one. */
    public static DisposableServer start(int port) {
        RouterFunction<ServerResponse> routes = RouterFunctions.route()
                .POST("/v1/screenings", request -> answer(request, ANSWER))
                .POST("/v1/authorizations", request -> answer(request, AUTHORIZATION))
                .POST("/hooks/woocommerce/{shop}", request -> answer(request, WOOCOMMERCE_STORED))
                .POST("/hooks/ec-cube/{shop}", request -> answer(request, EC_CUBE_STORED))
                .build();
        return HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(routes)))
                .bindNow();
    }

    private static Mono<ServerResponse> answer(ServerRequest request, byte[] answer) {
        // Read the whole body, as the gateway must before it can answer.
        return request.bodyToMono(byte[].class)
                .then(ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
    }

    private static int port(String[] args) {
        if (args.length == 0) {
            return 0;
        }
        if (args.length == 2 && "--port".equals(args[0])) {
            return Integer.parseInt(args[1]);
        }
        throw new IllegalArgumentException("usage: BareEndpointServer [--port N]");
    }
}
