package jp.mamori.bench.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled set read into memory: every line an order ({@code label}, {@code merchant}, {@code request}),
 * a feedback ({@code label}, {@code merchant}, {@code feedback {order_id, type}}, {@code at}) or an affiliate's
 * registration ({@code label}, {@code merchant}, {@code registration {affiliate_id, identity}}, {@code at}, the
 * identity being the body of {@code PUT /admin/merchants/{id}/affiliates/{affiliate_id}}), put in time order
 * ({@code request.ordered_at}, or {@code at}); lines at the same instant keep their file order.
 */
final class ReplayFile {

    /**
     * One line: {@code request} set for an order, {@code feedbackOrderId} and {@code feedbackType} for a feedback,
     * {@code affiliateId} and {@code identity} for an affiliate's registration.
     */
    record Line(int lineNumber, String label, String merchant, Instant at, JsonNode request, String feedbackOrderId, String feedbackType,
                String affiliateId, JsonNode identity) {

        boolean isOrder() {
            return request != null;
        }

        boolean isRegistration() {
            return affiliateId != null;
        }

        String orderId() {
            return isOrder() ? request.path("order_id").asString() : feedbackOrderId;
        }

        boolean isFraud() {
            return label.startsWith("fraud");
        }
    }

    private ReplayFile() {
    }

    static List<Line> read(ReplayOptions options) throws IOException {
        if (options.file() != null) {
            try (InputStream in = Files.newInputStream(options.file())) {
                return read(in, options.limit());
            }
        }
        try (InputStream in = ReplayFile.class.getResourceAsStream(ReplayOptions.BUNDLED)) {
            if (in == null) {
                throw new IOException("the bundled set " + ReplayOptions.BUNDLED + " is not on the class path");
            }
            return read(in, options.limit());
        }
    }

    static List<Line> read(InputStream in, int limit) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (!text.isBlank()) {
                lines.add(parse(json, number, text));
            }
        }
        lines.sort(Comparator.comparing(Line::at).thenComparingInt(Line::lineNumber));
        return lines.size() > limit ? List.copyOf(lines.subList(0, limit)) : lines;
    }

    private static Line parse(JsonMapper json, int number, String text) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new IOException("line " + number + ": not JSON: " + e.getOriginalMessage());
        }
        String label = root.path("label").asString("");
        String merchant = root.path("merchant").asString("");
        if (!(label.equals("legit") || label.startsWith("legit_") || label.startsWith("fraud_"))) {
            throw new IOException("line " + number + ": label must be legit, legit_… or fraud_…, not \"" + label + "\"");
        }
        if (merchant.isBlank()) {
            throw new IOException("line " + number + ": no merchant");
        }
        JsonNode request = root.get("request");
        JsonNode feedback = root.get("feedback");
        if (request != null && request.isObject()) {
            return new Line(number, label, merchant, instant(number, request.path("ordered_at").asString("")), request, null, null,
                    null, null);
        }
        if (feedback != null && feedback.isObject()) {
            String orderId = feedback.path("order_id").asString("");
            String type = feedback.path("type").asString("");
            if (orderId.isEmpty() || type.isEmpty()) {
                throw new IOException("line " + number + ": feedback needs order_id and type");
            }
            return new Line(number, label, merchant, instant(number, root.path("at").asString("")), null, orderId, type, null, null);
        }
        JsonNode registration = root.get("registration");
        if (registration != null && registration.isObject()) {
            String affiliateId = registration.path("affiliate_id").asString("");
            JsonNode identity = registration.get("identity");
            if (affiliateId.isEmpty() || identity == null || !identity.isObject()) {
                throw new IOException("line " + number + ": registration needs affiliate_id and identity");
            }
            return new Line(number, label, merchant, instant(number, root.path("at").asString("")), null, null, null, affiliateId, identity);
        }
        throw new IOException("line " + number + ": neither a request, a feedback nor a registration");
    }

    private static Instant instant(int number, String text) throws IOException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IOException("line " + number + ": not an RFC 3339 time with an offset: \"" + text + "\"");
        }
    }

    static long orders(List<Line> lines) {
        return lines.stream().filter(Line::isOrder).count();
    }
}
