package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCodeTest {

    /** The details each check passes with its reason (see the checks); a new code must be added here. */
    private static final Map<ReasonCode, Object[]> DETAILS = new EnumMap<>(Map.of(
            ReasonCode.EMAIL_INVALID_SYNTAX, new Object[] {},
            ReasonCode.EMAIL_DISPOSABLE_DOMAIN, new Object[] {"mailinator.com"},
            ReasonCode.VELOCITY_EMAIL_1H, new Object[] {4, 3},
            ReasonCode.VELOCITY_EMAIL_24H, new Object[] {6, 5}));

    @Test
    void everyCodeHasTheDetailsItsCheckPasses() {
        assertThat(DETAILS).containsOnlyKeys(ReasonCode.values());
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theEnglishMessageIsASentenceWithEveryDetailFilledIn(ReasonCode code) {
        String message = code.message(DETAILS.get(code));

        assertThat(message).isNotBlank().endsWith(".").doesNotContain("%");
        assertThat(message).matches("\\p{ASCII}+");
        assertContainsEveryDetail(message, DETAILS.get(code));
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theJapaneseMessageIsASentenceWithEveryDetailFilledIn(ReasonCode code) {
        String message = code.messageJa(DETAILS.get(code));

        assertThat(message).isNotBlank().endsWith("。").doesNotContain("%");
        assertThat(message).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        assertContainsEveryDetail(message, DETAILS.get(code));
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theTwoLanguagesSayDifferentText(ReasonCode code) {
        assertThat(code.messageJa(DETAILS.get(code))).isNotEqualTo(code.message(DETAILS.get(code)));
    }

    @Test
    void countsAreWrittenWithoutGroupingWhateverTheDefaultLocale() {
        assertThat(ReasonCode.VELOCITY_EMAIL_24H.message(1200, 5)).startsWith("1200 orders");
        assertThat(ReasonCode.VELOCITY_EMAIL_24H.messageJa(1200, 5)).contains("1200件");
    }

    private static void assertContainsEveryDetail(String message, Object[] details) {
        for (Object detail : details) {
            assertThat(message).contains(String.valueOf(detail));
        }
    }
}
