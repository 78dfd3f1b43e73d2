package jp.mamori.bench.load;

/**
 * What a target answered one request. {@code succeeded} is whether the answer counts as the target
 * having done its job: for a screening any 2xx, for a webhook a 2xx that says it stored the delivery.
 */
public record Answer(int status, boolean succeeded) {

    /** An answer that succeeded if its status is 2xx. */
    public static Answer of(int status) {
        return new Answer(status, status >= 200 && status < 300);
    }
}
