package jp.mamori.engine.checks;

import java.time.Duration;

/**
 * The thresholds of the affiliate burst check, as policy data: at most {@code deviceLimit} new buyers through
 * one affiliate on one device, and at most {@code addressLimit} at one address, within {@code burstWindow}.
 */
public record AffiliateSettings(Duration burstWindow, int deviceLimit, int addressLimit) {

    /**
     * 24 hours; two new buyers per device (a couple sharing a tablet), three per address (a family).
     */
    public static final AffiliateSettings DEFAULT = new AffiliateSettings(Duration.ofHours(24), 2, 3);

    public AffiliateSettings {
        CardTestingSettings.positive(burstWindow, "affiliate.burst_window");
        CardTestingSettings.atLeastOne(deviceLimit, "affiliate.new_buyers_per_device_limit");
        CardTestingSettings.atLeastOne(addressLimit, "affiliate.new_buyers_per_address_limit");
    }
}
