package jp.mamori.gateway;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code mamori.*}; each can be given as an environment variable
 * ({@code MAMORI_DATA_DIR}, {@code MAMORI_ADMIN_TOKEN}, {@code MAMORI_DEMO_API_KEY}, {@code MAMORI_PEPPER}, …).
 *
 * @param dataDir     where the embedded database lives
 * @param maxBodySize larger request bodies are refused with 413
 * @param adminToken  the Bearer token of the admin API; unset disables the admin API
 * @param pepper      the secret of identity keys; unset, one is generated once and kept in the database
 * @param demo        the demo merchant created at start
 */
@ConfigurationProperties("mamori")
public record MamoriProperties(Path dataDir, DataSize maxBodySize, String adminToken, String pepper, Demo demo) {

    public MamoriProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        demo = demo == null ? new Demo(true, null) : demo;
    }

    /**
     * @param enabled whether a demo merchant is made ready at start
     * @param apiKey  its API key; unset, a new one is generated and printed at each start
     */
    public record Demo(boolean enabled, String apiKey) {
    }

    @Override
    public String toString() {
        return "MamoriProperties[dataDir=" + dataDir + ", maxBodySize=" + maxBodySize + ", secrets redacted]";
    }
}
