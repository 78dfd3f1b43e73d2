package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.SharedGateway;
import jp.mamori.gateway.storage.Screenings;
import jp.mamori.gateway.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/**
 * A review or feedback whose screening the retention pass deleted between finding it and writing for it breaks the
 * foreign key: that is answered as the screening not found, not as a failure; a refusal of a screening that is still
 * there stands.
 */
class ScreeningDeletedMeanwhileTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static final DataIntegrityViolationException FOREIGN_KEY = new DataIntegrityViolationException("foreign key broken");

    @Test
    void aBrokenForeignKeyOfAScreeningNowGoneIsNotFound() {
        Screenings screenings = shared.get().bean(Screenings.class);

        assertThatThrownBy(() -> ScreeningNotFound.unlessDeletedMeanwhile(Mono.error(FOREIGN_KEY), screenings, "m_any", "scr_gone").block())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void aRefusalOfAScreeningStillThereStands() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "福岡 雑貨 天神");
        String answer = new String(shared.get().client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Buyer.SATO.order("FK-1"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        String screening = JsonPath.read(answer, "$.screening_id");
        Screenings screenings = shared.get().bean(Screenings.class);

        assertThatThrownBy(() -> ScreeningNotFound.unlessDeletedMeanwhile(Mono.error(FOREIGN_KEY), screenings, merchant.id(), screening).block())
                .isSameAs(FOREIGN_KEY);
    }
}
