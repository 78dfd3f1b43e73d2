package jp.mamori.bench.eccube;

import java.time.Duration;
import java.util.Locale;

import jp.mamori.bench.load.OptionValues;
import jp.mamori.bench.load.TargetResult;
import jp.mamori.bench.load.WebhookAnswerTable;

/**
 * The table of one {@link EcCubeWebhookLoad} run: how the gateway answered the deliveries and, unless the
 * run had no bare phase ({@code bare} null), how the bare endpoint answered the same load, with the ratios.
 */
record EcCubeLoadReport(String hookUrl, long rate, Duration warmup, Duration duration, int connections,
                        TargetResult gateway, TargetResult bare) {

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "EC-CUBE webhook to %s: %s warm-up, %s measured, at most %d in flight%n",
                hookUrl, OptionValues.text(warmup), OptionValues.text(duration), connections));
        out.append(WebhookAnswerTable.header("target"));
        out.append(WebhookAnswerTable.row(gateway, rate));
        if (bare != null) {
            out.append(WebhookAnswerTable.row(bare, rate));
            out.append(WebhookAnswerTable.ratios(gateway, bare));
        }
        out.append(WebhookAnswerTable.notes(gateway));
        if (bare != null) {
            out.append(WebhookAnswerTable.notes(bare));
        }
        return out.toString();
    }
}
