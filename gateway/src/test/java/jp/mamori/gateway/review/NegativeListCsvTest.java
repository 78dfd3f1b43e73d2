package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;

import jp.mamori.connector.FieldError;
import jp.mamori.engine.IdentityKind;
import org.junit.jupiter.api.Test;

class NegativeListCsvTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void readsEachLineAsTheIdentityAnOrderOfThatPersonWouldCarry() {
        NegativeListCsv.Read read = NegativeListCsv.read("""
                email,phone,family,given,family_kana,given_kana,postal_code,region,locality,line1,reason,listed_until
                kenji.sato.1984@docomo.ne.jp,090-2718-3645,佐藤,健二,サトウ,ケンジ,,,,,chargeback,
                ,,高橋,翔,,,150-0001,東京都,渋谷区,神宮前1丁目2-3,,2027-06-01T00:00:00+09:00
                """, NOW);

        assertThat(read.mistakes()).isEmpty();
        assertThat(read.lines()).hasSize(2);
        NegativeListCsv.Line sato = read.lines().get(0);
        assertThat(sato.number()).isEqualTo(2);
        assertThat(sato.expected()).containsExactlyInAnyOrder(IdentityKind.EMAIL, IdentityKind.PHONE);
        assertThat(sato.identity().buyer().email()).isEqualTo("kenji.sato.1984@docomo.ne.jp");
        assertThat(sato.identity().buyer().name().familyKana()).isEqualTo("サトウ");
        assertThat(sato.identity().billingAddress()).isNull();
        assertThat(sato.reason()).isEqualTo("chargeback");
        assertThat(sato.listedUntil()).isNull();
        NegativeListCsv.Line takahashi = read.lines().get(1);
        assertThat(takahashi.expected()).containsExactly(IdentityKind.ADDRESS);
        assertThat(takahashi.identity().billingAddress().locality()).isEqualTo("渋谷区");
        assertThat(takahashi.reason()).isEqualTo(NegativeListCsv.DEFAULT_REASON);
        assertThat(takahashi.listedUntil()).isEqualTo(Instant.parse("2027-05-31T15:00:00Z"));
    }

    @Test
    void cardsAndDevicesAreListedByTheirFingerprintAndCookie() {
        NegativeListCsv.Line line = NegativeListCsv.read("card_fingerprint,device_cookie\nfp_9c1e2b7d4a,ck_77\n", NOW).lines().get(0);

        assertThat(line.expected()).containsExactlyInAnyOrder(IdentityKind.CARD, IdentityKind.DEVICE);
        assertThat(line.identity().payment().card().fingerprint()).isEqualTo("fp_9c1e2b7d4a");
        assertThat(line.identity().device().cookieId()).isEqualTo("ck_77");
    }

    @Test
    void everyMistakeNamesItsLineAndColumnNeverItsValue() {
        NegativeListCsv.Read read = NegativeListCsv.read("""
                email,phone,line2,reason,listed_until
                good@example.jp,,,,
                ,,,,
                ,,"メゾン
                神南405",,
                bad-until@example.jp,,,,next week
                past@example.jp,,,,2026-11-01T00:00:00Z
                long@example.jp,,,%s,
                short@example.jp,,
                ,,,just a note,
                """.formatted("理由".repeat(21)), NOW);

        assertThat(read.lines()).extracting(NegativeListCsv.Line::number).as("read well").containsExactly(2, 4);
        assertThat(read.mistakes()).extracting(FieldError::field, FieldError::detail).containsExactly(
                tuple("csv", "line 3: lists no identity; give an email, phone, address, card_fingerprint or device_cookie"),
                tuple("listed_until", "line 6: " + ListedUntil.DETAIL),
                tuple("listed_until", "line 7: " + ListedUntil.DETAIL),
                tuple("reason", "line 8: at most 40 characters"),
                tuple("csv", "line 9: has 3 fields, the header 5"),
                tuple("csv", "line 10: lists no identity; give an email, phone, address, card_fingerprint or device_cookie"));
        assertThat(read.mistakes().toString()).doesNotContain("next week", "good@", "just a note");
    }

    @Test
    void aQuotedFieldOverSeveralLinesKeepsTheNumbersOfTheLinesAfterIt() {
        NegativeListCsv.Read read = NegativeListCsv.read("email,line2\n\"a@example.jp\",\"1\n2\n3\"\nb@example.jp,\n", NOW);

        assertThat(read.lines()).extracting(NegativeListCsv.Line::number).containsExactly(2, 5);
    }

    @Test
    void anUnknownColumnIsRefusedOnTheHeaderLine() {
        NegativeListCsv.Read read = NegativeListCsv.read("email,mail_address\na@example.jp,b@example.jp\n", NOW);

        assertThat(read.mistakes()).singleElement().satisfies(mistake -> {
            assertThat(mistake.field()).isEqualTo("mail_address");
            assertThat(mistake.detail()).startsWith("line 1: not a column; the columns are email, phone");
        });
    }

    @Test
    void textWithoutAHeaderOrThatIsNotCsvIsRefused() {
        assertThat(NegativeListCsv.read("", NOW).mistakes()).extracting(FieldError::detail)
                .containsExactly("line 1: a header naming the columns is required");
        assertThat(NegativeListCsv.read("email,email\na@example.jp,b@example.jp\n", NOW).mistakes()).hasSize(1);
        assertThat(NegativeListCsv.read("email\n\"a@example.jp\n", NOW).mistakes()).extracting(FieldError::field).containsExactly("csv");
    }
}
