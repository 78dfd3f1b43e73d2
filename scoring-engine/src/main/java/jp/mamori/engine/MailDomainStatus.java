package jp.mamori.engine;

/** What DNS says of an email domain's ability to receive mail. */
public enum MailDomainStatus {
    /** It has a mail exchanger (MX), or an address (A/AAAA) mail falls back to. */
    RECEIVES_MAIL,
    /** It does not exist, publishes a null MX (RFC 7505), or has neither MX nor address records: mail cannot arrive. */
    NO_MAIL_HOST,
    /** Not looked up (switched off), or no answer in time: says nothing either way. */
    UNKNOWN
}
