package jp.mamori.gateway.review;

import jp.mamori.connector.Decision;
import org.springframework.util.MultiValueMap;

/** Reads the review queue's query parameters; a bad one is a 400 that names it. */
final class QueueQueryReader {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private QueueQueryReader() {
    }

    static QueueQuery read(MultiValueMap<String, String> params) {
        return new QueueQuery(decision(params.getFirst("decision")), status(params.getFirst("status")),
                limit(params.getFirst("limit")), cursor(params.getFirst("cursor")));
    }

    private static Decision decision(String value) {
        if (value == null) {
            return null;
        }
        for (Decision decision : Decision.values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        throw InvalidInput.of("decision", "must be one of OK, REVIEW, NG");
    }

    private static ReviewStatus status(String value) {
        if (value == null) {
            return null;
        }
        for (ReviewStatus status : ReviewStatus.values()) {
            if (status.label().equals(value)) {
                return status;
            }
        }
        throw InvalidInput.of("status", "must be open or resolved");
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String detail = "must be a whole number from 1 to " + MAX_LIMIT;
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw InvalidInput.of("limit", detail);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw InvalidInput.of("limit", detail);
        }
    }

    private static QueueCursor cursor(String value) {
        if (value == null) {
            return null;
        }
        return QueueCursor.decode(value)
                .orElseThrow(() -> InvalidInput.of("cursor", "must be a next_cursor from an earlier page"));
    }
}
