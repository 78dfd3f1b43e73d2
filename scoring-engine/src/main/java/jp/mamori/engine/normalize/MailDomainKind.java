package jp.mamori.engine.normalize;

/** Who runs a mail domain, as far as Mamori knows. */
public enum MailDomainKind {
    /** Webmail anyone can sign up for in minutes. */
    FREE,
    /** A mobile carrier's mail (docomo, au, SoftBank…): tied to a contract, so a stronger identity. */
    CARRIER,
    /** An internet provider's mail, tied to a line contract. */
    ISP,
    /** Not in the list: a company's or a small provider's domain. */
    OTHER
}
