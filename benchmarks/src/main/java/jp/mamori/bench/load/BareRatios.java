package jp.mamori.bench.load;

import java.util.Locale;

/**
 * A gateway figure divided by the bare endpoint's from the same run. On a shared machine these are the
 * figures to read: both targets met the same neighbours, so the ratio is the gateway's own cost.
 */
public final class BareRatios {

    private BareRatios() {
    }

    public static String latency(long gatewayMicros, long bareMicros) {
        // A percentile of 0 means the target answered nothing successfully: there is nothing to compare.
        return gatewayMicros == 0 || bareMicros == 0 ? "n/a" : times((double) gatewayMicros / bareMicros);
    }

    public static String throughput(double gatewayPerSecond, double barePerSecond) {
        // A gateway that stored nothing is worth saying (0.00x); a bare endpoint that did leaves no floor.
        return barePerSecond == 0 ? "n/a" : times(gatewayPerSecond / barePerSecond);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
