package jp.mamori.gateway.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line numbers of character positions in an uploaded CSV, for mistakes in lines whose quoted fields may span several. */
public final class CsvLineNumbers {

    private final int[] starts;

    public CsvLineNumbers(String text) {
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line {@code position} (a character offset, as commons-csv gives a record's) lies on. */
    public int lineAt(long position) {
        int index = Arrays.binarySearch(starts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
