package jp.mamori.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The provider port for DNS MX look-ups of email domains. An implementation answers within its own deadline and
 * completes with {@link MailDomainStatus#UNKNOWN} rather than fail: a slow or broken DNS never holds an order.
 */
@FunctionalInterface
public interface MailHostLookup {

    /** No look-ups at all, what tests and offline use get: every domain is unknown. */
    MailHostLookup OFF = domain -> CompletableFuture.completedFuture(MailDomainStatus.UNKNOWN);

    /** The status of {@code domain}, lower case and without a trailing dot. */
    CompletionStage<MailDomainStatus> lookUp(String domain);
}
