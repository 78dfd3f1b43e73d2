package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "203.0.113.7|203.0.113.7",
        "203.000.113.007|203.0.113.7",
        "２０３．０．１１３．７|203.0.113.7",
        "2001:DB8::5|2001:db8:0:0:0:0:0:5",
        "[2001:db8::5]|2001:db8:0:0:0:0:0:5",
        "::ffff:203.0.113.7|203.0.113.7",
    })
    void readsTheAddressALiteralSpells(String typed, String address) {
        assertThat(IpAddresses.literal(typed)).map(InetAddress::getHostAddress).contains(address);
    }

    @ParameterizedTest
    @NullAndEmptySource
    // ".:1" and "example.com" would be names to look up in DNS; neither is a literal, so neither is looked up.
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "example.com", ".:1", "2001:db8::g", "localhost"})
    void isEmptyForAnythingElse(String typed) {
        assertThat(IpAddresses.literal(typed)).isEmpty();
    }
}
