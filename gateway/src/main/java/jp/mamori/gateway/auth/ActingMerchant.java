package jp.mamori.gateway.auth;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.gateway.storage.Partners;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The merchant a request acts for, from its caller and the {@code merchant_id} it names: a merchant's key acts for
 * its own merchant only; a partner's key must name one of the merchants linked to it. A partner is refused alike
 * whether the merchant it names is another partner's or none at all, so its key cannot probe which merchants exist.
 */
@Component
public class ActingMerchant {

    private final Partners partners;

    public ActingMerchant(Partners partners) {
        this.partners = partners;
    }

    /** The merchant's id, or an {@link ApiProblem}: 400 when a partner names none, 403 when the caller may not act. */
    public Mono<String> of(Caller caller, String namedMerchantId) {
        if (caller instanceof Caller.Merchant merchant) {
            return namedMerchantId == null || namedMerchantId.equals(merchant.merchantId())
                    ? Mono.just(merchant.merchantId())
                    : Mono.error(ApiProblem.forbidden("a merchant's key acts for that merchant only; merchant_id names another"));
        }
        Caller.Partner partner = (Caller.Partner) caller;
        if (namedMerchantId == null) {
            return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "a partner's key must name the merchant it acts for in merchant_id",
                    List.of(new FieldError("merchant_id", "is required with a partner's key"))));
        }
        return partners.actsFor(partner.partnerId(), namedMerchantId)
                .flatMap(linked -> linked ? Mono.just(namedMerchantId)
                        : Mono.error(ApiProblem.forbidden("a partner's key acts only for the merchants linked to that partner")));
    }
}
