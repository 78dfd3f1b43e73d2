package jp.mamori.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A failure is logged with its messages and stack, never with the request's query string that Reactor's checkpoints name. */
class ProblemHandlerLoggingTest {

    @Test
    void theCheckpointsNamingTheRequestAreLeftOutAndTheCausesKept() {
        Throwable failure = Mono.error(new IllegalStateException("commit failed", new RuntimeException("disk full")))
                .checkpoint("HTTP POST \"/hooks/psp/gmo-pg/kyoto?token=3b8f0c1d9e2a4f6b\"")
                .onErrorResume(e -> Mono.just(e))
                .cast(Throwable.class)
                .block();
        assertThat(stack(failure)).as("what Reactor attached").contains("token=3b8f0c1d9e2a4f6b");

        String logged = stack(ProblemHandler.withoutCheckpoints(failure));

        assertThat(logged).doesNotContain("token=").contains("IllegalStateException: commit failed", "disk full",
                "ProblemHandlerLoggingTest");
    }

    private static String stack(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
