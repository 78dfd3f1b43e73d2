package jp.mamori.gateway.review;

import org.springframework.r2dbc.core.DatabaseClient;

/** The optional free-text note of a review or feedback, as a column. */
final class Notes {

    private Notes() {
    }

    static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String note) {
        return note == null ? spec.bindNull("note", String.class) : spec.bind("note", note);
    }
}
