package jp.mamori.gateway.review;

/** Where a screening stands in the review queue: open until a clerk resolved it with OK or NG. */
public enum ReviewStatus {
    OPEN("open"),
    RESOLVED("resolved");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status after {@code latest}, the latest review ({@code null}: never reviewed). */
    public static ReviewStatus after(Review latest) {
        return latest != null && latest.resolution().resolves() ? RESOLVED : OPEN;
    }
}
