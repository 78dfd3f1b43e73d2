package jp.mamori.eccube;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Keeps one shop's tokens valid. The access token is refreshed {@link #EARLY} before it expires, so a
 * call never leaves with a token about to lapse, and after the shop refused it (401). Refreshing is
 * single-flight: callers wait on one lock, and whoever arrives after a refresh uses its result instead
 * of refreshing again, which league/oauth2-server would refuse anyway because the old refresh token is
 * revoked by the first refresh. Once a refresh is refused, every caller gets
 * {@link ReauthorizationNeeded} at once until the shop is connected again: no retry storm.
 */
public final class TokenKeeper {

    /** How long before expiry a token is renewed. */
    public static final Duration EARLY = Duration.ofSeconds(60);

    private final EcCubeOAuth oauth;
    private final Clock clock;
    private final Consumer<Tokens> onRenewed;
    private Tokens tokens;
    /** Read without the lock, so a caller on a non-blocking thread never waits behind a refresh in progress. */
    private volatile ReauthorizationNeeded refused;

    /**
     * {@code onRenewed} receives every new pair of tokens, to be stored (encrypted) in place of the old, before
     * they are used. {@code tokens} null: the shop has not been connected yet, and every caller is told so
     * until {@link #reconnected}.
     */
    public TokenKeeper(EcCubeOAuth oauth, Tokens tokens, Clock clock, Consumer<Tokens> onRenewed) {
        this.oauth = oauth;
        this.tokens = tokens;
        this.clock = clock;
        this.onRenewed = onRenewed;
        if (tokens == null) {
            refused = new ReauthorizationNeeded("the shop has not been connected yet: open Mamori's connect URL", 0);
        }
    }

    /** Why the shop must be connected (again), or null while its tokens work as far as anyone knows. */
    public ReauthorizationNeeded refusal() {
        return refused;
    }

    /** A valid access token, refreshed first when it expires within {@link #EARLY}. */
    public synchronized String accessToken() {
        failIfRefused();
        if (!clock.instant().plus(EARLY).isBefore(tokens.expiresAt())) {
            renew();
        }
        return tokens.accessToken();
    }

    /** A new access token after the shop refused {@code rejected}; a caller that arrives after the refresh gets its result. */
    public synchronized String renewAfterRejection(String rejected) {
        failIfRefused();
        if (tokens.accessToken().equals(rejected)) {
            renew();
        }
        return tokens.accessToken();
    }

    /** The shop refused a freshly renewed token too: only a new connection can help. */
    public synchronized ReauthorizationNeeded refuse(String reason, int httpStatus) {
        refused = new ReauthorizationNeeded(reason, httpStatus);
        return refused;
    }

    /** New tokens from a fresh connection (the authorize URL and {@link EcCubeOAuth#exchange}). */
    public synchronized void reconnected(Tokens fresh) {
        tokens = fresh;
        refused = null;
    }

    private void renew() {
        try {
            tokens = oauth.refresh(tokens.refreshToken());
        } catch (ReauthorizationNeeded e) {
            refused = e;
            throw e;
        }
        onRenewed.accept(tokens);
    }

    private void failIfRefused() {
        if (refused != null) {
            throw refused;
        }
    }
}
