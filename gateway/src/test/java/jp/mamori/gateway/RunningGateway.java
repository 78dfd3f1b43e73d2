package jp.mamori.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A real gateway on a random port over a given data directory, started and stopped by a test. */
public final class RunningGateway implements AutoCloseable {

    public static final String ADMIN_TOKEN = "admin-token-for-tests-only";
    public static final String DEMO_KEY = "mk_demo-key-for-tests-only";

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
    public static RunningGateway start(Path dataDir, String... extra) {
        return start(dataDir, new Class<?>[0], extra);
    }

    /** Starts with {@code configurations} added to the application, e.g. test delivery handlers. */
    public static RunningGateway start(Path dataDir, Class<?>[] configurations, String... extra) {
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
        Class<?>[] sources = new Class<?>[configurations.length + 1];
        sources[0] = MamoriGateway.class;
        System.arraycopy(configurations, 0, sources, 1, configurations.length);
        return new RunningGateway(new SpringApplicationBuilder(sources).run(args));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public WebTestClient client() {
        return client;
    }

    /** A client that calls with the admin token. */
    public WebTestClient admin() {
        return client.mutate().defaultHeader("Authorization", "Bearer " + ADMIN_TOKEN).build();
    }

    @Override
    public void close() {
        context.close();
    }
}
