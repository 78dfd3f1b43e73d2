package jp.mamori.gateway.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKind;
import jp.mamori.gateway.web.CsvLineNumbers;
import jp.mamori.gateway.web.UploadedCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An initial negative list as CSV, one known fraudster a line, with a header naming the columns given (any of
 * {@link #COLUMNS}, in any order). Each line becomes the identity an order of that person would carry, so that it
 * is keyed by the same normalization as orders. Mistakes name the line and the column, never the value.
 */
final class NegativeListCsv {

    /** The reason stored with a listing whose line gives none. */
    static final String DEFAULT_REASON = "import";
    /** As long as the {@code negative_list.reason} column. */
    static final int MAX_REASON = 40;

    static final List<String> COLUMNS = List.of("email", "phone", "family", "given", "family_kana", "given_kana",
            "postal_code", "region", "locality", "line1", "line2", "card_fingerprint", "device_cookie", "reason",
            "listed_until");

    /** One line: the identity to key, the kinds of key its columns must give, and the listing's reason and end. */
    record Line(int number, ScreeningRequest identity, Set<IdentityKind> expected, String reason, Instant listedUntil) {
    }

    /** The lines read well, and the mistakes of the others: with any mistake, nothing may be listed. */
    record Read(List<Line> lines, List<FieldError> mistakes) {
    }

    private NegativeListCsv() {
    }

    static Read read(String csv, Instant now) {
        List<Line> lines = new ArrayList<>();
        List<FieldError> mistakes = new ArrayList<>();
        CsvLineNumbers numbers = new CsvLineNumbers(csv);
        try (CSVParser parser = UploadedCsv.parse(csv)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                return new Read(List.of(), List.of(new FieldError("csv", "line 1: a header naming the columns is required")));
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    mistakes.add(new FieldError(column.isEmpty() ? "csv" : column,
                            "line 1: not a column; the columns are " + String.join(", ", COLUMNS)));
                }
            }
            if (!mistakes.isEmpty()) {
                return new Read(List.of(), mistakes);
            }
            for (CSVRecord record : parser) {
                int number = numbers.lineAt(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    mistakes.add(new FieldError("csv", "line " + number + ": has " + record.size() + " fields, the header "
                            + header.size()));
                    continue;
                }
                line(number, record.toMap(), now, mistakes).ifPresent(lines::add);
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv refuses a header naming a column twice, and text it cannot split (an unclosed quote).
            mistakes.add(new FieldError("csv", "cannot be read as CSV with a header line (a column named twice, or an unclosed quote)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(lines, mistakes);
    }

    private static Optional<Line> line(int number, Map<String, String> values, Instant now, List<FieldError> mistakes) {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(column, value);
            }
        });
        int before = mistakes.size();
        String reason = given.getOrDefault("reason", DEFAULT_REASON);
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            mistakes.add(new FieldError("reason", "line " + number + ": at most " + MAX_REASON + " characters"));
        }
        Instant until = null;
        if (given.containsKey("listed_until")) {
            until = ListedUntil.parse(given.get("listed_until"), now).orElse(null);
            if (until == null) {
                mistakes.add(new FieldError("listed_until", "line " + number + ": " + ListedUntil.DETAIL));
            }
        }
        Set<IdentityKind> expected = EnumSet.noneOf(IdentityKind.class);
        if (given.containsKey("email")) {
            expected.add(IdentityKind.EMAIL);
        }
        if (given.containsKey("phone")) {
            expected.add(IdentityKind.PHONE);
        }
        boolean hasAddress = Arrays.asList("postal_code", "region", "locality", "line1", "line2").stream().anyMatch(given::containsKey);
        if (hasAddress) {
            expected.add(IdentityKind.ADDRESS);
        }
        if (given.containsKey("card_fingerprint")) {
            expected.add(IdentityKind.CARD);
        }
        if (given.containsKey("device_cookie")) {
            expected.add(IdentityKind.DEVICE);
        }
        if (expected.isEmpty()) {
            mistakes.add(new FieldError("csv", "line " + number
                    + ": lists no identity; give an email, phone, address, card_fingerprint or device_cookie"));
        }
        if (mistakes.size() > before) {
            return Optional.empty();
        }
        boolean named = Arrays.asList("family", "given", "family_kana", "given_kana").stream().anyMatch(given::containsKey);
        PersonName name = named ? new PersonName(given.get("family"), given.get("given"), given.get("family_kana"),
                given.get("given_kana")) : null;
        Buyer buyer = new Buyer(name, given.get("email"), given.get("phone"), null, null);
        Address address = hasAddress ? new Address("JP", given.get("postal_code"), given.get("region"), given.get("locality"),
                given.get("line1"), given.get("line2")) : null;
        Payment payment = given.containsKey("card_fingerprint")
                ? new Payment("card", new Card(null, null, given.get("card_fingerprint"), null), null) : null;
        Device device = given.containsKey("device_cookie") ? new Device(null, null, null, null, null, given.get("device_cookie")) : null;
        ScreeningRequest identity = new ScreeningRequest(null, now, null, buyer, address, List.of(), List.of(), payment, device, null);
        return Optional.of(new Line(number, identity, expected, reason, until));
    }
}
