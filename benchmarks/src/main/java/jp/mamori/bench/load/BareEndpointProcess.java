package jp.mamori.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BareEndpointServer} in a child JVM of its own, so that it does not share a heap, JIT or
 * garbage collector with the load driver, just as the gateway does not.
 */
public final class BareEndpointProcess implements AutoCloseable {

    private static final String LISTENING = "LISTENING ";

    private final Process process;
    private final int port;

    private BareEndpointProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the child with this JVM's java binary and class path, and waits until it listens. */
    public static BareEndpointProcess start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                BareEndpointServer.class.getName(), "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(LISTENING)) {
                forwardRest(out, System.err);
                return new BareEndpointProcess(process, Integer.parseInt(line.substring(LISTENING.length()).trim()));
            }
            System.err.println("[bare] " + line);
        }
        process.destroyForcibly();
        throw new IOException("the bare endpoint exited before it listened");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Closes the child's stdin, its signal to stop; forces it only if it ignores that. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (process.waitFor(10, TimeUnit.SECONDS)) {
            return;
        }
        System.err.println("the bare endpoint did not stop when its stdin closed; terminating it");
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Keeps the child's stdout drained, or it would block once the pipe fills. */
    private static void forwardRest(BufferedReader out, PrintStream to) {
        Thread forwarder = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    to.println("[bare] " + line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "bare-endpoint-stdout");
        forwarder.setDaemon(true);
        forwarder.start();
    }
}
