package jp.mamori.gateway;

import java.nio.file.Path;
import java.time.Duration;

import jp.mamori.connector.inbox.RetrySchedule;

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
 * @param inbox       how webhook deliveries are worked off
 * @param secretsKey  the key platform credentials are encrypted with; unset, one is kept in the data directory
 * @param allowInsecureShopUrls lets a shop's base URL be plain http: only for fake shops in tests
 * @param shopsFile   a YAML file of shops to connect at start (see the README); unset, none
 * @param storage     how writes reach the embedded database
 */
@ConfigurationProperties("mamori")
public record MamoriProperties(Path dataDir, DataSize maxBodySize, String adminToken, String pepper, Demo demo,
                               Inbox inbox, String secretsKey, boolean allowInsecureShopUrls, Path shopsFile,
                               Storage storage) {

    public MamoriProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        demo = demo == null ? new Demo(true, null) : demo;
        inbox = inbox == null ? new Inbox(null, null, null, 0, 0, 0, 0, null) : inbox;
        storage = storage == null ? new Storage(null) : storage;
    }

    /**
     * How writes reach the embedded database.
     *
     * @param commitLinger how long the storage writer waits after a commit of several writes before starting the
     *                     next, so that more writes share it: each commit rewrites the database pages it touches
     *                     whatever the number of rows, so at a sale's rate many small commits cost more CPU than
     *                     the webhooks they store. A commit of a single write never waits, so a quiet gateway
     *                     commits each write at once. Zero turns it off.
     */
    public record Storage(Duration commitLinger) {

        public Storage {
            commitLinger = commitLinger == null ? Duration.ofMillis(1) : commitLinger;
            if (commitLinger.isNegative()) {
                throw new IllegalArgumentException("mamori.storage.commit-linger must not be negative");
            }
        }
    }

    /**
     * How stored webhook deliveries are worked off.
     *
     * @param pollInterval      how often to look for deliveries due again (new ones are taken at once)
     * @param retryInitialDelay the wait after a first failure; it doubles per failure, with jitter
     * @param retryMaxDelay     the longest wait between attempts
     * @param maxAttempts       attempts before a delivery is dead-lettered
     * @param concurrency       deliveries handled at once (one at a time per order)
     * @param burstRate         deliveries stored per second above which a burst is under way: the worker then
     *                          steps back to {@code burstConcurrency}, so that the shops' webhooks are answered
     *                          first and the backlog is worked off after the burst
     * @param burstConcurrency  deliveries handled at once during a burst
     * @param keepFinished      how long a delivery handled (or superseded) is kept before it is deleted, body and
     *                          all: at a sale's rate the inbox is most of the database. Dead letters are kept until
     *                          replayed. What was screened stays in the screenings either way.
     */
    public record Inbox(Duration pollInterval, Duration retryInitialDelay, Duration retryMaxDelay, int maxAttempts,
                        int concurrency, int burstRate, int burstConcurrency, Duration keepFinished) {

        public Inbox {
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
            retryInitialDelay = retryInitialDelay == null ? RetrySchedule.DEFAULT.initialDelay() : retryInitialDelay;
            retryMaxDelay = retryMaxDelay == null ? RetrySchedule.DEFAULT.maxDelay() : retryMaxDelay;
            maxAttempts = maxAttempts <= 0 ? RetrySchedule.DEFAULT.maxAttempts() : maxAttempts;
            concurrency = concurrency <= 0 ? 16 : concurrency;
            burstRate = burstRate <= 0 ? 400 : burstRate;
            burstConcurrency = burstConcurrency <= 0 ? 1 : Math.min(burstConcurrency, concurrency);
            keepFinished = keepFinished == null ? Duration.ofDays(30) : keepFinished;
            if (keepFinished.isNegative() || keepFinished.isZero()) {
                throw new IllegalArgumentException("mamori.inbox.keep-finished must be positive");
            }
        }

        public RetrySchedule retrySchedule() {
            return new RetrySchedule(retryInitialDelay, retryMaxDelay, maxAttempts);
        }
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
