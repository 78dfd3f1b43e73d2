package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeWooShopTest {

    private final FakeWooShop shop = new FakeWooShop();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        shop.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheWriteBackAsWooCommerceWould() throws Exception {
        assertThat(call("PUT", "/wp-json/wc/v3/orders/81", "{\"meta_data\":[]}").statusCode()).isEqualTo(200);
        HttpResponse<String> notes = call("GET", "/wp-json/wc/v3/orders/81/notes?type=internal", "");
        assertThat(notes.statusCode()).isEqualTo(200);
        assertThat(notes.body()).isEqualTo("[]");
        assertThat(call("POST", "/wp-json/wc/v3/orders/81/notes", "{\"note\":\"[Mamori scr_1]\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void recordsWhenEachOrdersFirstNoteArrived() throws Exception {
        long before = System.nanoTime();
        call("POST", "/wp-json/wc/v3/orders/5123/notes", "{\"note\":\"[Mamori scr_1]\"}");
        long after = System.nanoTime();
        call("POST", "/wp-json/wc/v3/orders/5123/notes", "{\"note\":\"[Mamori scr_1]\"}");

        assertThat(shop.writeBacks().noteSeenAt(5123)).isPresent();
        assertThat(shop.writeBacks().noteSeenAt(5123).getAsLong()).isBetween(before, after);
        assertThat(shop.writeBacks().ordersWrittenBack()).isEqualTo(1);
    }

    @Test
    void onlyANotePostCountsAsAWriteBack() throws Exception {
        call("PUT", "/wp-json/wc/v3/orders/77", "{}");
        call("GET", "/wp-json/wc/v3/orders/77/notes", "");

        assertThat(shop.writeBacks().noteSeenAt(77)).isEmpty();
        assertThat(shop.writeBacks().ordersWrittenBack()).isZero();
    }
}
