package jp.mamori.engine.checks;

import java.time.Duration;

/**
 * The thresholds of the affiliate burst check, as policy data: at most {@code deviceLimit} new buyers through
 * one affiliate on one device, and at most {@code addressLimit} at one address, within {@code burstWindow}.
 */
public record AffiliateSettings(Duration burstWindow, int deviceLimit, int addressLimit) {

    /**
     * A week, one new buyer per device and one per address. Someone inventing customers for the commission spaces
     * them out over days and clears cookies between them, so a day's window and a limit that allows a couple on one
     * tablet let most of them through; two genuinely new customers of one shop, through the same affiliate, from one
     * browser or one home within a week are rare enough for a clerk to look at.
     */
    public static final AffiliateSettings DEFAULT = new AffiliateSettings(Duration.ofDays(7), 1, 1);

    public AffiliateSettings {
        CardTestingSettings.positive(burstWindow, "affiliate.burst_window");
        CardTestingSettings.atLeastOne(deviceLimit, "affiliate.new_buyers_per_device_limit");
        CardTestingSettings.atLeastOne(addressLimit, "affiliate.new_buyers_per_address_limit");
    }
}
