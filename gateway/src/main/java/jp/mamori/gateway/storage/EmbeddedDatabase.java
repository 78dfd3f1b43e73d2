package jp.mamori.gateway.storage;

import java.time.Duration;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import jp.mamori.gateway.MamoriProperties;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The embedded default: H2 in a file under the data directory, migrated by Flyway before anything
 * reads it, then used reactively through R2DBC.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedDatabase {

    // WRITE_DELAY=0: a committed row reaches the file before the commit returns, so an answered
    // request survives the process being killed; the storage writer then forces it to the disk, against a power
    // loss, which is what makes RETENTION_TIME=0 safe: freed space is reused at once (see StoreFile).
    // The pool keeps the database open between requests.
    private static final String OPTIONS = ";WRITE_DELAY=0;RETENTION_TIME=0";
    static final String USER = "sa";

    /** The database as JDBC names it: for migrations, and for the storage writer's own connection. */
    static String jdbcUrl(MamoriProperties properties) {
        return "jdbc:h2:" + h2Url(properties);
    }

    // async: H2 reads and writes the file through an AsynchronousFileChannel. A plain FileChannel closes itself,
    // for every thread, when one thread blocked in it is interrupted, and Reactor interrupts a bounded-elastic
    // thread whenever a task on it is cancelled, while R2DBC may be running a query on that thread just then:
    // one cancelled request would break the database until restart. Here only the interrupted read fails.
    private static String h2Url(MamoriProperties properties) {
        return "async:" + properties.dataDir().toAbsolutePath().resolve("mamori") + OPTIONS;
    }

    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(MamoriProperties properties) {
        Flyway.configure()
                .dataSource(jdbcUrl(properties), USER, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        H2ConnectionFactory h2 = new H2ConnectionFactory(H2ConnectionConfiguration.builder()
                .url(h2Url(properties))
                .username(USER)
                .build());
        return new ConnectionPool(ConnectionPoolConfiguration.builder(h2)
                .initialSize(2)
                .minIdle(1)
                .maxSize(16)
                .maxIdleTime(Duration.ofMinutes(30))
                .build());
    }

    @Bean
    DatabaseClient databaseClient(ConnectionFactory connectionFactory) {
        return DatabaseClient.create(connectionFactory);
    }

    @Bean
    TransactionalOperator transactionalOperator(ConnectionFactory connectionFactory) {
        return TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
    }
}
