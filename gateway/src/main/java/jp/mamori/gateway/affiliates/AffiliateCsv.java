package jp.mamori.gateway.affiliates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Address;
import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.PersonName;
import jp.mamori.gateway.web.CsvLineNumbers;
import jp.mamori.gateway.web.UploadedCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A merchant's affiliates as CSV, one affiliate a line, with a header naming the columns given ({@code affiliate_id}
 * and any of the others in {@link #COLUMNS}, in any order): the list an ASP exports. Mistakes name the line and the
 * column, never the value.
 */
final class AffiliateCsv {

    static final List<String> COLUMNS = List.of("affiliate_id", "family", "given", "family_kana", "given_kana", "email", "phone",
            "postal_code", "region", "locality", "line1", "line2");
    private static final List<String> ADDRESS = List.of("postal_code", "region", "locality", "line1", "line2");
    private static final List<String> NAME = List.of("family", "given", "family_kana", "given_kana");

    /** One line: the affiliate and the identity it registered. */
    record Line(int number, String affiliateId, AffiliateIdentity identity) {
    }

    /** The lines read well, and the mistakes of the others: with any mistake, nothing may be registered. */
    record Read(List<Line> lines, List<FieldError> mistakes) {
    }

    private AffiliateCsv() {
    }

    static Read read(String csv) {
        List<Line> lines = new ArrayList<>();
        List<FieldError> mistakes = new ArrayList<>();
        CsvLineNumbers numbers = new CsvLineNumbers(csv);
        Map<String, Integer> firstLine = new HashMap<>();
        try (CSVParser parser = UploadedCsv.parse(csv)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    mistakes.add(new FieldError(column.isEmpty() ? "csv" : column,
                            "line 1: not a column; the columns are " + String.join(", ", COLUMNS)));
                }
            }
            if (!header.contains("affiliate_id")) {
                mistakes.add(new FieldError("affiliate_id", "line 1: a column affiliate_id is required"));
            }
            if (!mistakes.isEmpty()) {
                return new Read(List.of(), mistakes);
            }
            for (CSVRecord record : parser) {
                int number = numbers.lineAt(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    mistakes.add(new FieldError("csv", "line " + number + ": has " + record.size() + " fields, the header " + header.size()));
                    continue;
                }
                Map<String, String> given = new LinkedHashMap<>();
                record.toMap().forEach((column, value) -> {
                    if (value != null && !value.isBlank()) {
                        given.put(column, value);
                    }
                });
                String affiliateId = given.get("affiliate_id");
                if (affiliateId == null) {
                    mistakes.add(new FieldError("affiliate_id", "line " + number + ": is required"));
                    continue;
                }
                Integer earlier = firstLine.putIfAbsent(affiliateId, number);
                if (earlier != null) {
                    mistakes.add(new FieldError("affiliate_id", "line " + number + ": the same affiliate as line " + earlier));
                    continue;
                }
                lines.add(new Line(number, affiliateId, identity(given)));
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv refuses a header naming a column twice, and text it cannot split (an unclosed quote).
            mistakes.add(new FieldError("csv", "cannot be read as CSV with a header line (a column named twice, or an unclosed quote)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(lines, mistakes);
    }

    private static AffiliateIdentity identity(Map<String, String> given) {
        PersonName name = NAME.stream().anyMatch(given::containsKey)
                ? new PersonName(given.get("family"), given.get("given"), given.get("family_kana"), given.get("given_kana")) : null;
        Address address = ADDRESS.stream().anyMatch(given::containsKey)
                ? new Address("JP", given.get("postal_code"), given.get("region"), given.get("locality"), given.get("line1"), given.get("line2"))
                : null;
        return new AffiliateIdentity(name, given.get("email"), given.get("phone"), address);
    }
}
