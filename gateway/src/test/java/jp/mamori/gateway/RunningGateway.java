package jp.mamori.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A real gateway on a random port over a given data directory, started and stopped by a test. */
final class RunningGateway implements AutoCloseable {

    static final String ADMIN_TOKEN = "admin-token-for-tests-only";
    static final String DEMO_KEY = "mk_demo-key-for-tests-only";

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final WebTestClient client;

    private RunningGateway(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        this.client = WebTestClient.bindToServer()
                .baseUrl(baseUrl)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** Starts with the test admin token and demo key; {@code extra} are more {@code name=value} properties. */
    static RunningGateway start(Path dataDir, String... extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("mamori.data-dir", dataDir.toString());
        properties.put("mamori.admin-token", ADMIN_TOKEN);
        properties.put("mamori.demo.api-key", DEMO_KEY);
        for (String property : extra) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), property.substring(equals + 1));
        }
        String[] args = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new RunningGateway(new SpringApplicationBuilder(MamoriGateway.class).run(args));
    }

    String baseUrl() {
        return baseUrl;
    }

    WebTestClient client() {
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
