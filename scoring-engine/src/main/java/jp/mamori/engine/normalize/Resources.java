package jp.mamori.engine.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files shipped beside these classes. Called once per table, at class load. */
final class Resources {

    private Resources() {
    }

    /** The rows of a resource, '#' comment lines and blank lines skipped, each split into at least {@code minColumns}. */
    static List<String[]> rows(String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < minColumns) {
                    throw new IllegalStateException(name + ": expected " + minColumns + " columns in: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
