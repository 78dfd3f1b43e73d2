package jp.mamori.engine;

/**
 * A kind of network that hides who is behind an IP address, as IP-intelligence databases (MaxMind's Anonymous IP)
 * class them. Buyers connect from homes and mobile carriers; these are where people go not to be seen.
 */
public enum AnonymousNetwork {
    /** A data centre or hosting provider: a rented server, not a person's connection. */
    HOSTING_PROVIDER(new Term("a hosting provider or data centre", "データセンター（ホスティング事業者）")),
    /** A commercial VPN's exit. */
    VPN(new Term("a VPN", "VPN")),
    /** A Tor exit node. */
    TOR_EXIT_NODE(new Term("the Tor network", "Tor（匿名化ネットワーク）")),
    /** An open proxy anyone can use. */
    PUBLIC_PROXY(new Term("a public proxy", "公開プロキシ")),
    /** A home connection rented out as a proxy, which makes traffic look like an ordinary household's. */
    RESIDENTIAL_PROXY(new Term("a residential proxy", "家庭用回線のプロキシ"));

    private final Term term;

    AnonymousNetwork(Term term) {
        this.term = term;
    }

    /** What a clerk reads for it. */
    public Term term() {
        return term;
    }
}
