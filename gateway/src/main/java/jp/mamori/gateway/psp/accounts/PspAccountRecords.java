package jp.mamori.gateway.psp.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Reads;
import jp.mamori.gateway.storage.SecretBox;
import jp.mamori.psp.account.PspAccount;
import jp.mamori.psp.account.PspAccounts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * PSP accounts in the database, their settings sealed by {@link SecretBox}. Each is opened once and kept: every event
 * a provider sends is checked against its account, and a webhook burst must not unseal the same settings each time.
 */
@Component
public class PspAccountRecords {

    private final GroupCommit commits;
    private final Reads reads;
    private final SecretBox box;
    private final ScreeningJson json;
    private final Map<String, Optional<PspAccount>> opened = new ConcurrentHashMap<>();
    /**
     * Counts the changes made: a look-up that read the database before a change committed must not put what it read
     * back in the cache after the change, or a removed account (after a leaked secret, say) would take events again.
     */
    private final AtomicLong changes = new AtomicLong();

    public PspAccountRecords(GroupCommit commits, Reads reads, SecretBox box, ScreeningJson json) {
        this.commits = commits;
        this.reads = reads;
        this.box = box;
        this.json = json;
    }

    /** Creates or replaces the account. */
    public Mono<Void> put(String id, PspAccount account, Instant at) {
        String sealed = box.seal(new String(json.write(PspAccounts.settings(account)), StandardCharsets.UTF_8));
        return commits.write(sql -> {
                    sql.update("DELETE FROM psp_accounts WHERE id = ?", id);
                    sql.update("INSERT INTO psp_accounts (id, provider, merchant_id, settings_sealed, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)", id, account.provider(), account.merchantId(), sealed, at);
                    return true;
                })
                .doOnSuccess(done -> {
                    changes.incrementAndGet();
                    opened.put(id, Optional.of(account));
                })
                .then();
    }

    /** The account, or empty when there is none under {@code id}. */
    public Mono<PspAccount> find(String id) {
        Optional<PspAccount> known = opened.get(id);
        if (known != null) {
            return Mono.justOrEmpty(known);
        }
        long before = changes.get();
        return reads.one("SELECT settings_sealed FROM psp_accounts WHERE id = ?", row -> open(row.getString(1)), id)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                // Unknown ids are not kept: anyone may ask for any id, and the map would grow with them.
                .doOnNext(found -> found.ifPresent(account -> {
                    opened.putIfAbsent(id, found);
                    if (changes.get() != before) {
                        // A change committed while this read ran: what was read may be older than it.
                        opened.remove(id, found);
                    }
                }))
                .flatMap(Mono::justOrEmpty);
    }

    /** Removes the account; answers whether there was one. */
    public Mono<Boolean> delete(String id) {
        return commits.write(sql -> sql.update("DELETE FROM psp_accounts WHERE id = ?", id) > 0)
                .doOnSuccess(deleted -> {
                    changes.incrementAndGet();
                    opened.remove(id);
                });
    }

    private PspAccount open(String sealed) {
        return PspAccounts.read(json.readObject(box.open(sealed).getBytes(StandardCharsets.UTF_8)));
    }
}
