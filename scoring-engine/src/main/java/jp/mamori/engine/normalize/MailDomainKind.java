package jp.mamori.engine.normalize;

/** Who runs a mail domain, as far as Mamori knows. */
public enum MailDomainKind {
    /** Webmail anyone can sign up for in minutes. */
    FREE,
    /**
     * Webmail run for the people of another country (qq.com, 163.com, naver.com, mail.ru): as free, and a mailbox
     * few Japanese have, whereas residents from those countries keep theirs.
     */
    FREE_ABROAD,
    /** A mobile carrier's mail (docomo, au, SoftBank…): tied to a contract, so a stronger identity. */
    CARRIER,
    /** An internet provider's mail, tied to a line contract. */
    ISP,
    /** Not in the list: a company's or a small provider's domain. */
    OTHER;

    /** Webmail anyone can sign up for, at home or abroad. */
    public boolean isFree() {
        return this == FREE || this == FREE_ABROAD;
    }
}
