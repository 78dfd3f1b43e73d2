package jp.mamori.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One gateway for all the tests of a class, over a data directory of its own, started before the first and closed
 * after the last: {@code @RegisterExtension static final SharedGateway shared = new SharedGateway(...)}.
 */
public final class SharedGateway implements BeforeAllCallback, AfterAllCallback {

    private final Class<?>[] configurations;
    private final String[] properties;
    private Path dataDir;
    private RunningGateway running;

    /** {@code properties}: more {@code name=value} settings, as for {@link RunningGateway#start}. */
    public SharedGateway(String... properties) {
        this(new Class<?>[0], properties);
    }

    public SharedGateway(Class<?>[] configurations, String... properties) {
        this.configurations = configurations;
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("mamori-test-");
        running = RunningGateway.start(dataDir, configurations, properties);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        running.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(SharedGateway::delete);
        }
    }

    public RunningGateway get() {
        return running;
    }

    /** Stops the gateway and starts it again over the same data, as after a restart in production. */
    public RunningGateway restart() {
        running.close();
        running = RunningGateway.start(dataDir, configurations, properties);
        return running;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
