package jp.mamori.bench.replay;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real gateway on a random port of this JVM over a data directory of its own. The main class is named,
 * not imported: see the surefire configuration in this module's pom.
 */
final class InProcessGateway implements AutoCloseable {

    static final String ADMIN_TOKEN = "admin-token-for-replay-tests";

    private final ConfigurableApplicationContext context;

    private InProcessGateway(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static InProcessGateway start(Path dataDir) throws ClassNotFoundException {
        Class<?> main = Class.forName("jp.mamori.gateway.MamoriGateway");
        return new InProcessGateway(new SpringApplicationBuilder(main).run(
                "--server.port=0",
                "--mamori.data-dir=" + dataDir,
                "--mamori.admin-token=" + ADMIN_TOKEN,
                "--mamori.demo.enabled=false"));
    }

    String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
