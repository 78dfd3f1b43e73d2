package jp.mamori.gateway.woocommerce;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the fake shop remember order notes the way WooCommerce does: a note POSTed to
 * {@code /orders/{id}/notes} is listed by the next GET of that path. Without it a fake shop could
 * not show whether a write-back repeated after a crash adds a second note.
 */
final class NotesBook implements ResponseTransformerV2 {

    static final String NAME = "notes-book";
    private static final Pattern NOTES = Pattern.compile(".*/orders/(\\d+)/notes.*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        Matcher matcher = NOTES.matcher(event.getRequest().getUrl());
        if (!matcher.matches()) {
            return response;
        }
        List<String> orderNotes = notes.computeIfAbsent(matcher.group(1), id -> new CopyOnWriteArrayList<>());
        if (event.getRequest().getMethod().getName().equals("POST")) {
            String note = JsonPath.read(event.getRequest().getBodyAsString(), "$.note");
            orderNotes.add(note);
            return Response.Builder.like(response).but().status(201)
                    .body(JSON.writeValueAsString(Map.of("id", orderNotes.size(), "note", note, "customer_note", false)))
                    .build();
        }
        List<Map<String, Object>> listed = orderNotes.stream()
                .map(note -> Map.<String, Object>of("id", 1, "note", note, "customer_note", false, "author", "WooCommerce"))
                .toList();
        return Response.Builder.like(response).but().status(200).body(JSON.writeValueAsString(listed)).build();
    }

    /** The notes each order got, by order id. */
    Map<String, List<String>> notes() {
        return notes;
    }
}
