package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void everyReasonsMessagesReadAsStringFormatWouldWriteThem() {
        for (ReasonCode code : ReasonCode.values()) {
            for (String template : List.of(code.messageTemplate(), code.messageTemplateJa())) {
                for (Object[] details : detailsFor(template)) {
                    assertThat(outcome(() -> MessageTemplate.fill(template, details))).as("%s: %s", code, template)
                            .isEqualTo(outcome(() -> String.format(Locale.ROOT, template, details)));
                }
            }
        }
    }

    /** Details of every type a check gives, in the order the template's conversions take them. */
    private static List<Object[]> detailsFor(String template) {
        List<Object> strings = new ArrayList<>();
        List<Object> numbers = new ArrayList<>();
        for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', i + 2)) {
            boolean number = template.charAt(i + 1) == 'd';
            strings.add(number ? (Object) (-7 - i) : "請求先住所 and shipping address " + i);
            numbers.add(number ? (Object) (12_345_678_901L + i) : (Object) i);
        }
        strings.add("one more than asked for");
        // With none: a template that takes details fails, as String.format fails.
        return List.of(strings.toArray(), numbers.toArray(), new Object[0]);
    }

    @Test
    void aTemplateWithoutConversionsIsItself() {
        assertThat(MessageTemplate.fill("The email address uses a plus alias.", new Object[0])).isEqualTo("The email address uses a plus alias.");
    }

    @Test
    void whatItDoesNotFillIsLeftToStringFormat() {
        Object[][] cases = {
                {"%s orders", new Object[] {null}},
                {"%s yen", new Object[] {1.5}},
                {"%d yen", new Object[] {1.5}},
                {"100%% sure, %s", new Object[] {"yes"}},
                {"%S and %s", new Object[] {"a", "b"}},
                {"%2$s %1$s", new Object[] {"a", "b"}},
                {"%,d yen", new Object[] {1_000_000}},
        };
        for (Object[] c : cases) {
            String template = (String) c[0];
            Object[] details = (Object[]) c[1];
            assertThat(outcome(() -> MessageTemplate.fill(template, details))).as(template)
                    .isEqualTo(outcome(() -> String.format(Locale.ROOT, template, details)));
        }
    }

    /** The text, or the kind of exception and its message. */
    private static String outcome(Supplier<String> fill) {
        try {
            return fill.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void aMissingDetailFailsAsStringFormatFails() {
        assertThatThrownBy(() -> MessageTemplate.fill("%s and %d", new Object[] {"a"})).isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> MessageTemplate.fill("%d orders", new Object[] {"many"})).isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> MessageTemplate.fill("trailing %", new Object[0])).isInstanceOf(IllegalFormatException.class);
    }
}
