package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/reason-codes.md lists every reason code with both its messages, as the code says them. */
class ReasonCodeDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "reason-codes.md");

    private static List<String> rows;

    @BeforeAll
    static void readDocument() throws IOException {
        rows = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyCodeHasARowWithItsEnglishAndJapaneseMeaning(ReasonCode code) {
        String prefix = "| `" + code.name() + "` |";

        assertThat(rows).as("a row for %s in %s", code, DOCUMENT).anyMatch(row -> row.startsWith(prefix));
        String row = rows.stream().filter(r -> r.startsWith(prefix)).findFirst().orElseThrow();
        // The table shows every detail as a placeholder: ‹…› for text, ‹n› for numbers.
        assertThat(row).contains(placeholders(code.messageTemplate()));
        assertThat(row).contains(placeholders(code.messageTemplateJa()));
        assertThat(row).contains("| " + Policy.defaultPolicy().weight(code) + " ");
    }

    private static String placeholders(String template) {
        return template.replace("%s", "‹…›").replace("%d", "‹n›");
    }
}
