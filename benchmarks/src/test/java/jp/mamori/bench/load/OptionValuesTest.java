package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionValuesTest {

    @ParameterizedTest
    @CsvSource({"500ms, 500", "30s, 30000", "2m, 120000", "1h, 3600000", "0s, 0", " 45S , 45000"})
    void readsDurationsWithUnits(String text, long millis) {
        assertThat(OptionValues.duration(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "s", "1.5s", "-5s", "2d", "30 s", ""})
    void refusesDurationsWithoutAWholeNumberAndUnit(String text) {
        assertThatThrownBy(() -> OptionValues.duration(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsDurationsInWholeSecondsOrMilliseconds() {
        assertThat(OptionValues.text(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(OptionValues.text(Duration.ofMinutes(2))).isEqualTo("120s");
        assertThat(OptionValues.text(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }

    @Test
    void refusesUrlsWithoutAnHttpSchemeAndHost() {
        assertThatThrownBy(() -> OptionValues.requireUrl("--url", "127.0.0.1:8080")).hasMessageContaining("--url");
        assertThatThrownBy(() -> OptionValues.requireUrl("--url", "ftp://shop.test")).hasMessageContaining("--url");
        assertThatCode(() -> OptionValues.requireUrl("--url", "https://shop.test:8443")).doesNotThrowAnyException();
    }

    @Test
    void namesEachOptionWithItsValueAndFlagsWithNone() {
        assertThat(OptionValues.named(new String[] {"--rate", "200", "--no-bare", "--rate", "300"}, Set.of("--no-bare")))
                .containsExactly(Map.entry("--rate", "300"), Map.entry("--no-bare", ""));
        assertThatThrownBy(() -> OptionValues.named(new String[] {"--url"}, Set.of()))
                .hasMessage("--url needs a value");
    }
}
