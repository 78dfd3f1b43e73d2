package jp.mamori.bench.replay;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Where a replay sends its orders and feedback: a running gateway, or a scoring engine in this process. */
interface ReplayTarget extends AutoCloseable {

    /** What the target decided about one order. */
    record Answer(String decision, int score, List<String> reasonCodes) {
    }

    /** Why an order, a feedback or a registration got no answer; its message says so in one line, without secrets. */
    final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** How the report names the target. */
    String describe();

    /** Called once per shop of the set, before any of its lines; a shop that cannot be set up ends the replay. */
    void addShop(String merchant) throws IOException, InterruptedException;

    Answer screen(String merchant, JsonNode request) throws Refused, InterruptedException;

    /** Feedback of {@code type} on the order {@code orderId} this replay screened for {@code merchant}. */
    void feedback(String merchant, String orderId, String type) throws Refused, InterruptedException;

    /** Registers the identity an affiliate of {@code merchant} signed up with ({@code identity}: the body of the admin API's PUT). */
    void registerAffiliate(String merchant, String affiliateId, JsonNode identity) throws Refused, InterruptedException;

    @Override
    default void close() {
    }
}
