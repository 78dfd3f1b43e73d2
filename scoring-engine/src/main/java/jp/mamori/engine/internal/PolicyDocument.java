package jp.mamori.engine.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.PolicyFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A policy's text, JSON or YAML, read into a {@link Policy}; any mistake is reported on the line where its
 * field is written (where the nearest enclosing field is, for one that is missing). A field written twice
 * is a mistake too: the second would silently win.
 */
public final class PolicyDocument {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private PolicyDocument() {
    }

    public static Policy read(String text, PolicyFormat format) {
        return read(text, format, policy -> { });
    }

    /** Reads the policy and lets {@code admit} refuse it with an {@link InvalidPolicy}, whose field is then placed too. */
    public static Policy read(String text, PolicyFormat format, Consumer<Policy> admit) {
        ObjectMapper mapper = format == PolicyFormat.YAML ? YAML : JSON;
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = mapper.readTree(text);
            lines = lines(mapper, text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InvalidPolicy("", "the text is not valid " + format + " (" + e.getOriginalMessage() + ")", line, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPolicy("", "the text is empty", 0, null);
        }
        try {
            Policy policy = PolicyReader.read(root);
            admit.accept(policy);
            return policy;
        } catch (InvalidPolicy mistake) {
            throw mistake.onLine(lineOf(mistake.field(), lines));
        }
    }

    /** The line of every field and list element, by JSON pointer ({@code /velocity/0/window}). */
    private static Map<String, Integer> lines(ObjectMapper mapper, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                TokenStreamContext context = parser.streamReadContext();
                // An object or list has entered its own context already: its place is its parent's.
                TokenStreamContext place = token.isStructStart() ? context.getParent() : context;
                if (token.isStructEnd() || place == null) {
                    continue;
                }
                lines.putIfAbsent(place.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** The line of {@code field} ({@code velocity[0].window}), else of the nearest field around it. */
    private static int lineOf(String field, Map<String, Integer> lines) {
        String pointer = pointer(field);
        while (true) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            if (pointer.isEmpty()) {
                return 0;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    private static String pointer(String field) {
        if (field.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : field.replace("[", ".").replace("]", "").split("\\.")) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
