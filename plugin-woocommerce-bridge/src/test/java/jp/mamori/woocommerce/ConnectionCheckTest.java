package jp.mamori.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import jp.mamori.woocommerce.ConnectionCheck.Diagnosis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code doctor}: one look at the shop, a diagnosis a shop owner can act on. */
class ConnectionCheckTest {

    private static final String ORDERS = "/wp-json/wc/v3/orders";

    private static WireMockServer shop;

    @BeforeAll
    static void startShop() {
        shop = FakeShop.start();
    }

    @AfterAll
    static void stopShop() {
        shop.stop();
    }

    @BeforeEach
    void resetShop() {
        shop.resetAll();
    }

    private static ConnectionCheck check() {
        return new WooCommerceClient(FakeShop.settings(shop)).checkConnection();
    }

    @Test
    void aShopThatListsOrdersIsOk() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[{\"id\":5123,\"status\":\"processing\"}]")));

        assertThat(check().diagnosis()).isEqualTo(Diagnosis.OK);
        shop.verify(1, getRequestedFor(urlEqualTo(ORDERS + "?per_page=1")).withHeader("Authorization", equalTo(FakeShop.BASIC)));
    }

    @Test
    void aShopWithNoOrdersYetIsOkToo() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson("[]")));
        assertThat(check().diagnosis()).isEqualTo(Diagnosis.OK);
    }

    @Test
    void aRefusedKeyIsBadCredentials() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"Consumer key is invalid.\",\"data\":{\"status\":401}}")));

        ConnectionCheck check = check();
        assertThat(check.diagnosis()).isEqualTo(Diagnosis.BAD_CREDENTIALS);
        assertThat(check.detail()).contains("woocommerce_rest_authentication_error").doesNotContain(FakeShop.CONSUMER_SECRET);
        shop.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void aKeyWithoutReadPermissionIsBadCredentials() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":\"woocommerce_rest_cannot_view\",\"data\":{\"status\":403}}")));
        assertThat(check().diagnosis()).isEqualTo(Diagnosis.BAD_CREDENTIALS);
    }

    @Test
    void wordPressWithoutWooCommerceIsNotWooCommerce() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}")));

        ConnectionCheck check = check();
        assertThat(check.diagnosis()).isEqualTo(Diagnosis.NOT_WOOCOMMERCE);
        assertThat(check.detail()).contains("rest_no_route");
    }

    @Test
    void anHtmlPageIsNotWooCommerce() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html lang=\"ja\"><title>\u30e1\u30f3\u30c6\u30ca\u30f3\u30b9\u4e2d</title></html>")));
        assertThat(check().diagnosis()).isEqualTo(Diagnosis.NOT_WOOCOMMERCE);
    }

    @Test
    void aRedirectIsNotFollowedButReported() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://www.shibuya-tea.example.jp/wp-json/wc/v3/orders?per_page=1")));

        ConnectionCheck check = check();
        assertThat(check.diagnosis()).isEqualTo(Diagnosis.NOT_WOOCOMMERCE);
        assertThat(check.detail()).contains("redirects");
    }

    @Test
    void aHostThatFailsIsUnreachable() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(503)));
        ConnectionCheck check = check();
        assertThat(check.diagnosis()).isEqualTo(Diagnosis.UNREACHABLE);
        assertThat(check.httpStatus()).isEqualTo(503);
        // The doctor looks once; it does not retry.
        shop.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void aResetConnectionIsUnreachable() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(check().diagnosis()).isEqualTo(Diagnosis.UNREACHABLE);
    }

    @Test
    void nothingListeningIsUnreachable() {
        WireMockServer gone = FakeShop.start();
        ShopSettings settings = FakeShop.settings(gone);
        gone.stop();

        ConnectionCheck check = new WooCommerceClient(settings).checkConnection();
        assertThat(check.diagnosis()).isEqualTo(Diagnosis.UNREACHABLE);
        assertThat(check.httpStatus()).isZero();
    }
}
