package jp.mamori.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisposableEmailDomainsTest {

    private static final DisposableEmailDomains BUNDLED = DisposableEmailDomains.bundled();

    private final DisposableEmailDomains listed = new DisposableEmailDomains(Set.of(
            "mailinator.com", "sute.jp", "temp.mail.y59.jp"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "mailinator.com,            mailinator.com",
            "inbox.mailinator.com,      mailinator.com",
            "a.b.c.mailinator.com,      mailinator.com",
            "sute.jp,                   sute.jp",
            "temp.mail.y59.jp,          temp.mail.y59.jp",
            "x.temp.mail.y59.jp,        temp.mail.y59.jp",
    })
    void matchesAListedDomainAndEverythingUnderIt(String domain, String expected) {
        assertThat(listed.match(domain)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "notmailinator.com",    // the listed name is a suffix of the label, not a parent domain
            "mailinator.com.evil.jp",
            "mail.y59.jp",          // a parent of a listed domain is not itself listed
            "y59.jp",
            "com",
            "jp",
            "localhost",
            "",
    })
    void doesNotMatchAnythingElse(String domain) {
        assertThat(listed.match(domain)).isEmpty();
    }

    @Test
    void theBundledListHoldsAsManyDomainsAsItsHeaderSays() throws IOException {
        List<String> lines = bundledLines();
        Matcher header = lines.stream()
                .map(Pattern.compile("^# Generated: .*; (\\d+) domains$")::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .orElseThrow();

        assertThat(BUNDLED.size())
                .isEqualTo(Integer.parseInt(header.group(1)))
                .isEqualTo(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count());
    }

    @Test
    void theBundledListIsLowerCaseAsciiDomainNamesOnly() throws IOException {
        assertThat(bundledLines())
                .filteredOn(line -> !line.startsWith("#"))
                .allMatch(line -> line.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"), "a lower-case ASCII domain with at least two labels");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com", "sute.jp"})
    void theBundledListKnowsTheWellKnownThrowawayServices(String domain) {
        assertThat(BUNDLED.match(domain)).contains(domain);
    }

    /** The allow-list of scripts/generate-disposable-email-domains.sh: flagging these would hold ordinary customers' orders. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "gmail.com", "googlemail.com", "yahoo.co.jp", "icloud.com", "me.com", "outlook.jp", "outlook.com",
            "hotmail.com", "hotmail.co.jp", "live.jp", "msn.com", "aol.com",
            "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp",
            "nifty.com", "biglobe.ne.jp", "ocn.ne.jp", "so-net.ne.jp", "protonmail.com", "proton.me",
    })
    void theBundledListNeverFlagsTheMailboxesJapaneseBuyersUse(String domain) {
        assertThat(BUNDLED.match(domain)).isEmpty();
    }

    private static List<String> bundledLines() throws IOException {
        try (InputStream in = DisposableEmailDomains.class.getResourceAsStream("disposable-email-domains.txt")) {
            assertThat(in).as("bundled list resource").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }
}
