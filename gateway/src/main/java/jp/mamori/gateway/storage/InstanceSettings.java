package jp.mamori.gateway.storage;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Secrets this installation generates once and keeps for its whole life. */
@Component
public class InstanceSettings {

    private static final String PEPPER = "identity_key_pepper";

    private final DatabaseClient db;
    private final GroupCommit commits;

    public InstanceSettings(DatabaseClient db, GroupCommit commits) {
        this.db = db;
        this.commits = commits;
    }

    /** The stored identity-key pepper, generated on first use; two instances starting at once agree on one. */
    public Mono<byte[]> pepper() {
        return read(PEPPER)
                .switchIfEmpty(Mono.defer(() -> {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    return commits.submit(() -> db.sql("INSERT INTO instance_settings (name, setting_value) VALUES (:name, :value)")
                            .bind("name", PEPPER)
                            .bind("value", Base64.getEncoder().encodeToString(fresh))
                            .then())
                            .onErrorResume(DataIntegrityViolationException.class, e -> Mono.empty())
                            .then(read(PEPPER));
                }))
                .map(Base64.getDecoder()::decode);
    }

    private Mono<String> read(String name) {
        return db.sql("SELECT setting_value FROM instance_settings WHERE name = :name")
                .bind("name", name)
                .map(row -> row.get("setting_value", String.class))
                .one();
    }
}
