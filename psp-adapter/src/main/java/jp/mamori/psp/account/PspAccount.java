package jp.mamori.psp.account;

import java.util.List;

/**
 * A merchant's account at a payment provider, as far as Mamori needs it to take that provider's events: whose events
 * they are, and how to tell a genuine one. Every record hides its secrets from {@code toString}, so that an account
 * can never reach a log whole.
 */
public sealed interface PspAccount {

    /** {@code stripe}, {@code adyen} or {@code gmo-pg}: the provider in the event endpoint's path. */
    String provider();

    /** The merchant whose screenings the account's events are about. */
    String merchantId();

    /** A Stripe webhook endpoint: its signing secrets ({@code whsec_…}), more than one while one is rolled. */
    record Stripe(String merchantId, List<String> webhookSecrets) implements PspAccount {
        public Stripe {
            webhookSecrets = List.copyOf(webhookSecrets);
        }

        @Override
        public String provider() {
            return "stripe";
        }

        @Override
        public String toString() {
            return "Stripe[merchantId=" + merchantId + ", webhookSecrets=" + webhookSecrets.size() + "]";
        }
    }

    /**
     * An Adyen webhook: the merchant accounts (Adyen's {@code merchantAccountCode}) whose notifications are this
     * merchant's, its HMAC keys (hex, more than one while one is rotated) and, when the webhook is set up with it, the
     * Basic authentication Adyen sends ({@code basicAuth} null when not). A webhook set up for the whole company sends
     * every merchant account's notifications; only the listed ones are this merchant's.
     */
    record Adyen(String merchantId, List<String> merchantAccounts, List<String> hmacKeys, BasicAuth basicAuth)
            implements PspAccount {
        public Adyen {
            merchantAccounts = List.copyOf(merchantAccounts);
            hmacKeys = List.copyOf(hmacKeys);
        }

        @Override
        public String provider() {
            return "adyen";
        }

        @Override
        public String toString() {
            return "Adyen[merchantId=" + merchantId + ", merchantAccounts=" + merchantAccounts + ", hmacKeys=" + hmacKeys.size()
                    + ", basicAuth="
                    + (basicAuth != null) + "]";
        }
    }

    /**
     * A GMO-PG shop: its {@code ShopID} (not a secret: GMO-PG puts it in every notification) and the token in the URL
     * its result notifications are sent to, which is all that tells a genuine one, since GMO-PG signs nothing.
     */
    record GmoPg(String merchantId, String shopId, String urlToken) implements PspAccount {
        @Override
        public String provider() {
            return "gmo-pg";
        }

        @Override
        public String toString() {
            return "GmoPg[merchantId=" + merchantId + ", shopId=" + shopId + "]";
        }
    }

    /** A user name and password Adyen sends as HTTP Basic authentication. */
    record BasicAuth(String username, String password) {
        @Override
        public String toString() {
            return "BasicAuth[username=" + username + "]";
        }
    }
}
