package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "090-2468-1357|+819024681357|MOBILE",
        "０９０－２４６８－１３５７|+819024681357|MOBILE",
        "090ー2468ー1357|+819024681357|MOBILE",
        "(090) 2468 1357|+819024681357|MOBILE",
        "+81 90-2468-1357|+819024681357|MOBILE",
        "080 3141 5926|+818031415926|MOBILE",
        "070-2718-2818|+817027182818|MOBILE",
        "03-3581-4321|+81335814321|FIXED",
        "06-6341-8252|+81663418252|FIXED",
        "0166-23-5961|+81166235961|FIXED",
        "050-3786-2451|+815037862451|IP_PHONE",
        "0120-444-444|+81120444444|TOLL_FREE",
        "0800-123-4567|+818001234567|TOLL_FREE",
        "0990-52-1234|+81990521234|PREMIUM",
    })
    void parsesToE164WithType(String typed, String e164, PhoneType type) {
        PhoneNumber phone = PhoneNumbers.parse(typed);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.type()).isEqualTo(type);
        assertThat(phone.valid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "090-1234-5678|true",
        "03-1234-5678|true",
        "090-8765-4321|true",
        "000-0000-0000|true",
        "090-0000-1234|true",
        "090-1111-1111|true",
        "0000|true",
        "090-2468-1357|false",
        "03-3210-0000|false",
        "03-3581-4321|false",
    })
    void flagsDummies(String typed, boolean dummy) {
        assertThat(PhoneNumbers.parse(typed).dummy()).isEqualTo(dummy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"090-246-135", "01-2345", "abc"})
    void flagsInvalid(String typed) {
        PhoneNumber phone = PhoneNumbers.parse(typed);
        assertThat(phone.valid()).isFalse();
        assertThat(phone.type()).isEqualTo(PhoneType.UNKNOWN);
    }

    @Test
    void blankIsNoNumber() {
        assertThat(PhoneNumbers.parse("  ")).isNull();
        assertThat(PhoneNumbers.parse(null)).isNull();
    }
}
