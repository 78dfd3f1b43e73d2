package jp.mamori.psp.gmopg;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;

/**
 * Decodes the {@code application/x-www-form-urlencoded} body of a GMO-PG result notification. GMO-PG's Japanese
 * integrations send it in Shift_JIS (as Windows-31J, which Japanese systems mean by it) unless the content type
 * names another charset; the fields Mamori reads are ASCII either way, so a wrong guess garbles only free text.
 */
public final class GmoPgForm {

    /** What a body without a charset parameter is read as. */
    public static final Charset DEFAULT_CHARSET = Charset.forName("windows-31j");

    private GmoPgForm() {
    }

    /**
     * The fields of {@code body}, the first value of each name; percent escapes decoded in {@code charset}. A malformed
     * escape is refused as a 400's error naming the body.
     */
    public static Map<String, String> decode(byte[] body, Charset charset) {
        try {
            return fields(body, charset);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD,
                    List.of(new FieldError("body", "is not a form: a %-escape is not two hex digits")));
        }
    }

    private static Map<String, String> fields(byte[] body, Charset charset) {
        // The escapes stand for bytes of the charset; the rest of the body is ASCII, so reading it as Latin-1 keeps
        // each byte as it is until URLDecoder turns the escapes back into bytes.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    /** {@code fields} as a form in UTF-8: how a notification is stored, whatever charset it came in. */
    public static String encode(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}
