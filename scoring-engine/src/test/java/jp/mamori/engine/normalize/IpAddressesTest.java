package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "203.0.113.7|203.0.113.7",
        "203.000.113.007|203.0.113.7",
        "２０３．０．１１３．７|203.0.113.7",
        "2001:db8:1:2::5|2001:db8:1:2::/64",
        "2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd|2001:db8:1:2::/64",
        "[2001:db8:1:2::5]|2001:db8:1:2::/64",
        "::ffff:203.0.113.7|203.0.113.7",
        "256.1.1.1|''",
        "example.com|''",
        "1.2.3|''",
    })
    void normalizesLiteralsOnly(String typed, String expected) {
        assertThat(IpAddresses.matchingForm(typed)).isEqualTo(expected);
    }
}
