package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteBackWaitTest {

    private final FakeWooShop shop = new FakeWooShop();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        shop.close();
    }

    private void note(long orderId) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/wp-json/wc/v3/orders/" + orderId + "/notes"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"[Mamori scr_1]\"}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The bare phase runs between the gateway's last answer and the wait, and the backlog drains meanwhile. */
    @Test
    void timesTheBacklogFromTheGatewaysLastAnswerNotFromWhenTheWaitBegan() throws Exception {
        long lastAnswer = System.nanoTime();
        note(1);
        note(2);
        long written = System.nanoTime();
        Thread.sleep(200);

        Backlog backlog = WriteBackWait.forBacklog(() -> 2, shop.writeBacks(), Duration.ofSeconds(1), lastAnswer);

        assertThat(backlog.drained()).isTrue();
        assertThat(backlog.took()).isPositive().isLessThanOrEqualTo(Duration.ofNanos(written - lastAnswer));
    }

    @Test
    void givesUpWhenNothingMoreIsWrittenBackForTheGracePeriod() throws Exception {
        long lastAnswer = System.nanoTime();
        note(1);
        long written = System.nanoTime();

        Backlog backlog = WriteBackWait.forBacklog(() -> 3, shop.writeBacks(), Duration.ofMillis(100), lastAnswer);

        assertThat(backlog.drained()).isFalse();
        assertThat(backlog.writtenBack()).isEqualTo(1);
        assertThat(backlog.took()).isPositive().isLessThanOrEqualTo(Duration.ofNanos(written - lastAnswer));
    }
}
