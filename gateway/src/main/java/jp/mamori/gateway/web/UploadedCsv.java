package jp.mamori.gateway.web;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** How an admin's CSV upload is read: a header line naming the columns, empty lines skipped, fields trimmed. */
public final class UploadedCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private UploadedCsv() {
    }

    public static CSVParser parse(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv), FORMAT);
    }
}
