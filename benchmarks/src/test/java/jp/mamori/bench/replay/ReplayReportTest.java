package jp.mamori.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReplayReportTest {

    @Test
    void figuresAreSharesOfTheScreenedOrdersAndSayWhichBarIsMissed() {
        ReplayReport report = new ReplayReport("test.jsonl", "http://127.0.0.1:1");
        for (int i = 0; i < 997; i++) {
            report.screened("legit", "OK", List.of());
        }
        report.screened("legit_gift", "REVIEW", List.of("ADDRESS_POSTAL_CODE_MISMATCH"));
        report.screened("legit_gift", "REVIEW", List.of("ADDRESS_POSTAL_CODE_MISMATCH", "EMAIL_ALIAS"));
        report.screened("legit", "NG", List.of("NEGATIVE_LIST_MATCH"));
        for (int i = 0; i < 19; i++) {
            report.screened("fraud_card_testing", "NG", List.of("CARD_TESTING_DISTINCT_CARDS_DEVICE"));
        }
        report.screened("fraud_card_testing", "OK", List.of("VELOCITY_IP_1H"));
        report.failed("fraud_forwarding", "line 7: 400 bad");
        report.registration(true, null);
        report.registration(false, "line 2 (registration of m1 affiliate af-1): 400 phone not a phone number");

        assertThat(report.fraudFlaggedShare()).isEqualTo(0.95);
        assertThat(report.legitFlaggedShare()).isEqualTo(0.003);
        assertThat(report.legitNgShare()).isEqualTo(0.001);
        assertThat(report.label("fraud_forwarding").errors()).isEqualTo(1);

        String text = report.render();
        assertThat(text.lines().map(l -> l.split("\\s+")[0]).toList())
                .containsSubsequence("label", "legit", "legit_gift", "legit,", "fraud_card_testing", "fraud_forwarding", "fraud,");
        assertThat(text)
                .containsPattern("fraud flagged \\(REVIEW or NG\\)\\s+95.0 %\\s+bar >= 95.0 %\\s+met")
                .containsPattern("legit flagged \\(REVIEW or NG\\)\\s+0.30 %\\s+bar <= 2.0 %\\s+met")
                .containsPattern("legit NG\\s+0.10 %\\s+bar <= 0.20 %\\s+met")
                .containsPattern("ADDRESS_POSTAL_CODE_MISMATCH\\s+2")
                .containsPattern("VELOCITY_IP_1H\\s+1")
                .contains("affiliate registrations: 2 sent, 1 accepted")
                .contains("2 orders, feedback or registrations failed")
                .contains("line 7: 400 bad")
                .contains("af-1): 400 phone not a phone number");
    }

    @Test
    void aFigureOverItsBarIsMissed() {
        ReplayReport report = new ReplayReport("test.jsonl", "http://127.0.0.1:1");
        report.screened("legit", "NG", List.of());
        report.screened("fraud_resale_ring", "OK", List.of());

        assertThat(report.render())
                .containsPattern("fraud flagged \\(REVIEW or NG\\)\\s+0.0 %\\s+bar >= 95.0 %\\s+missed")
                .containsPattern("legit NG\\s+100.0 %\\s+bar <= 0.20 %\\s+missed");
    }

    @Test
    void fraudAnsweredWithNoReasonIsCountedWithTheMostThatCouldBeFlagged() {
        ReplayReport report = new ReplayReport("test.jsonl", "http://127.0.0.1:1");
        report.screened("legit", "OK", List.of());
        for (int i = 0; i < 18; i++) {
            report.screened("fraud_card_testing", "NG", List.of("CARD_TESTING_DISTINCT_CARDS_DEVICE"));
        }
        report.screened("fraud_card_testing", "OK", List.of("VELOCITY_IP_1H"));
        report.screened("fraud_resale_ring", "OK", List.of());

        assertThat(report.fraudWithoutSignalShare()).isEqualTo(0.05);
        assertThat(report.render()).containsPattern("fraud with no signal at all\\s+5.0 %\\s+1 orders with no reason: at most 95.0 % of fraud can be flagged");
    }

    @Test
    void noLineAboutSilentFraudWhenEveryFraudOrderCarriedAReason() {
        ReplayReport report = new ReplayReport("test.jsonl", "http://127.0.0.1:1");
        report.screened("legit", "OK", List.of());
        report.screened("fraud_card_testing", "OK", List.of("VELOCITY_IP_1H"));

        assertThat(report.fraudWithoutSignalShare()).isZero();
        assertThat(report.render()).doesNotContain("no signal at all");
    }
}
