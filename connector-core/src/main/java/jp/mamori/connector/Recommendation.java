package jp.mamori.connector;

/** What Mamori suggests beyond the decision. {@code threeDs} is {@code "challenge"} or {@code "none"}. */
public record Recommendation(String threeDs) {

    public static final Recommendation NONE = new Recommendation("none");
    public static final Recommendation CHALLENGE = new Recommendation("challenge");
}
