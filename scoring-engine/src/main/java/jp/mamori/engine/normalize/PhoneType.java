package jp.mamori.engine.normalize;

/** What kind of line a phone number reaches, as far as the numbering plan tells. */
public enum PhoneType {
    MOBILE,
    FIXED,
    /** 050 numbers: IP phones, cheap to obtain and common with throwaway identities. */
    IP_PHONE,
    TOLL_FREE,
    PREMIUM,
    /** Shared-cost (0570), pagers, personal numbers and the rest. */
    OTHER,
    /** The number could not be parsed or is not valid. */
    UNKNOWN
}
