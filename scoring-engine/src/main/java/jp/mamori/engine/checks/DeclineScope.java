package jp.mamori.engine.checks;

import jp.mamori.engine.Term;

/** What declined card payments are counted under: one of the order's identities, or the card's BIN across the shop. */
public enum DeclineScope {
    DEVICE(new Term("device", "端末")),
    IP(new Term("IP address", "IPアドレス")),
    EMAIL(new Term("email address", "メールアドレス")),
    CARD(new Term("card", "カード")),
    BIN(new Term("card BIN (first six digits)", "カードのBIN（先頭6桁）"));

    private final Term term;

    DeclineScope(Term term) {
        this.term = term;
    }

    public Term term() {
        return term;
    }
}
