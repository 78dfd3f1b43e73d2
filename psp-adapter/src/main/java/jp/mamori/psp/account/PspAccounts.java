package jp.mamori.psp.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.psp.PspJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code PUT /admin/psp-accounts/{account}}: {@code {"provider": "stripe" | "adyen" | "gmo-pg", "merchant_id":
 * …}} and the provider's own settings. Every problem is reported at once, each naming its field; unknown fields are
 * refused rather than ignored, since a misspelt secret would otherwise leave an account that refuses every event.
 */
public final class PspAccounts {

    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern HEX_KEY = Pattern.compile("([0-9A-Fa-f]{2}){16,64}");
    private static final Pattern SHOP_ID = Pattern.compile("[A-Za-z0-9]{1,13}");
    private static final Pattern URL_TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,128}");
    private static final Pattern MERCHANT_ACCOUNT = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private static final int MAX_SECRETS = 5;
    private static final int MAX_SECRET = 255;
    private static final String SECRETS = "is required: 1 to " + MAX_SECRETS + " secrets, as the provider shows them";
    private static final String HEX_KEYS = "is required: 1 to " + MAX_SECRETS + " keys, each the hex digits the provider shows";

    private PspAccounts() {
    }

    public static PspAccount read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            throw invalid(List.of(new FieldError("", "must be a JSON object")));
        }
        String provider = PspJson.text(body, "provider");
        String merchantId = PspJson.text(body, "merchant_id");
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()) {
            errors.add(new FieldError("merchant_id", "is required: the id of an existing merchant"));
        }
        PspAccount account = switch (provider == null ? "" : provider) {
            case "stripe" -> {
                known(body, Set.of("provider", "merchant_id", "webhook_secrets"), errors);
                yield new PspAccount.Stripe(merchantId, strings(body, "webhook_secrets", null, SECRETS, errors));
            }
            case "adyen" -> {
                known(body, Set.of("provider", "merchant_id", "merchant_accounts", "hmac_keys", "basic_auth"), errors);
                yield new PspAccount.Adyen(merchantId, strings(body, "merchant_accounts", MERCHANT_ACCOUNT,
                        "is required: 1 to " + MAX_SECRETS + " Adyen merchant account codes, as in merchantAccountCode",
                        errors), strings(body, "hmac_keys", HEX_KEY, HEX_KEYS, errors), basicAuth(body, errors));
            }
            case "gmo-pg" -> {
                known(body, Set.of("provider", "merchant_id", "shop_id", "url_token"), errors);
                yield new PspAccount.GmoPg(merchantId, matching(body, "shop_id", SHOP_ID,
                        "is required: the ShopID GMO-PG gave the shop (up to 13 letters and digits)", errors),
                        matching(body, "url_token", URL_TOKEN,
                                "is required: 32 to 128 random letters, digits, '-' or '_' (e.g. openssl rand -hex 24)",
                                errors));
            }
            default -> {
                errors.add(new FieldError("provider", "is required: stripe, adyen or gmo-pg"));
                yield null;
            }
        };
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return account;
    }

    /** {@code account} in the shape {@link #read} takes, secrets included: what is sealed and stored. */
    public static Map<String, Object> settings(PspAccount account) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("provider", account.provider());
        settings.put("merchant_id", account.merchantId());
        if (account instanceof PspAccount.Stripe stripe) {
            settings.put("webhook_secrets", stripe.webhookSecrets());
        } else if (account instanceof PspAccount.Adyen adyen) {
            settings.put("merchant_accounts", adyen.merchantAccounts());
            settings.put("hmac_keys", adyen.hmacKeys());
            if (adyen.basicAuth() != null) {
                settings.put("basic_auth", Map.of("username", adyen.basicAuth().username(),
                        "password", adyen.basicAuth().password()));
            }
        } else if (account instanceof PspAccount.GmoPg gmo) {
            settings.put("shop_id", gmo.shopId());
            settings.put("url_token", gmo.urlToken());
        }
        return settings;
    }

    /**
     * {@code account} as it is read back: what is configured, never a secret. Secrets are counted, so that an
     * operator rolling one can see that both are in place.
     */
    public static Map<String, Object> described(PspAccount account) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("provider", account.provider());
        described.put("merchant_id", account.merchantId());
        if (account instanceof PspAccount.Stripe stripe) {
            described.put("webhook_secrets", stripe.webhookSecrets().size());
        } else if (account instanceof PspAccount.Adyen adyen) {
            described.put("merchant_accounts", adyen.merchantAccounts());
            described.put("hmac_keys", adyen.hmacKeys().size());
            described.put("basic_auth", adyen.basicAuth() == null ? null : Map.of("username", adyen.basicAuth().username()));
        } else if (account instanceof PspAccount.GmoPg gmo) {
            described.put("shop_id", gmo.shopId());
            described.put("url_token", "set");
        }
        return described;
    }

    private static List<String> strings(JsonNode body, String field, Pattern format, String expected, List<FieldError> errors) {
        JsonNode values = body.path(field);
        if (!values.isArray() || values.isEmpty() || values.size() > MAX_SECRETS) {
            errors.add(new FieldError(field, expected));
            return List.of();
        }
        List<String> read = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (!value.isString() || value.stringValue().isBlank() || value.stringValue().length() > MAX_SECRET
                    || (format != null && !format.matcher(value.stringValue()).matches())) {
                errors.add(new FieldError(field + "[" + i + "]", expected));
            } else {
                read.add(value.stringValue());
            }
        }
        return read;
    }

    private static PspAccount.BasicAuth basicAuth(JsonNode body, List<FieldError> errors) {
        JsonNode auth = body.path("basic_auth");
        if (auth.isMissingNode() || auth.isNull()) {
            return null;
        }
        // PspJson.text reads a value over 255 characters as none.
        String username = auth.isObject() ? PspJson.text(auth, "username") : null;
        String password = auth.isObject() ? PspJson.text(auth, "password") : null;
        if (username == null || username.contains(":")) {
            errors.add(new FieldError("basic_auth.username", "is required with basic_auth: 1 to 255 characters, no ':'"));
        }
        if (password == null) {
            errors.add(new FieldError("basic_auth.password", "is required with basic_auth: 1 to 255 characters"));
        }
        return new PspAccount.BasicAuth(username, password);
    }

    private static String matching(JsonNode body, String field, Pattern format, String expected, List<FieldError> errors) {
        String value = PspJson.text(body, field);
        if (value == null || !format.matcher(value).matches()) {
            errors.add(new FieldError(field, expected));
        }
        return value;
    }

    private static void known(JsonNode body, Set<String> fields, List<FieldError> errors) {
        for (String field : body.propertyNames()) {
            if (!fields.contains(field)) {
                errors.add(new FieldError(field, "is not a setting of this provider"));
            }
        }
    }

    private static InvalidRequestException invalid(List<FieldError> errors) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
    }
}
