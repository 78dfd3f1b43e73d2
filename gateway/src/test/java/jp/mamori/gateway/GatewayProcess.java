package jp.mamori.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway as a real separate JVM, for tests that must kill it the hard way ({@code kill -9}):
 * nothing in this JVM can clean up after it, exactly as after a crash.
 */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the gateway on {@code port} over {@code dataDir} and waits until it is healthy. */
    public static GatewayProcess start(Path dataDir, int port, Path log, String... properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                MamoriGateway.class.getName(),
                "--server.port=" + port,
                "--mamori.data-dir=" + dataDir,
                "--mamori.admin-token=" + RunningGateway.ADMIN_TOKEN,
                "--mamori.demo.api-key=" + RunningGateway.DEMO_KEY));
        for (String property : properties) {
            command.add("--" + property);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        GatewayProcess gateway = new GatewayProcess(process, port);
        gateway.awaitHealthy(Duration.ofSeconds(90));
        return gateway;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway process exited with " + process.exitValue());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the gateway did not become healthy within " + timeout);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
