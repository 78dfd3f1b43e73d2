package jp.mamori.gateway.web;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;

/** A request's headers as the platforms' verifiers take them: each name once, with its first value, any case. */
public final class FirstHeaderValues {

    private FirstHeaderValues() {
    }

    public static Map<String, String> of(HttpHeaders headers) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }
}
