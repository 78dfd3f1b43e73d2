package jp.mamori.engine.normalize;

/** Something about an address that a check may want to weigh. */
public enum AddressFlag {
    /** The postal code is real but belongs to another prefecture, municipality or town. */
    POSTAL_CODE_MISMATCH,
    /** The postal code is missing digits or is not in Japan Post's data. */
    POSTAL_CODE_UNKNOWN,
    /** No municipality could be recognised: the address cannot be placed. */
    MUNICIPALITY_UNKNOWN,
    /** No 丁目・番地・号 at all: incomplete, or made up. */
    BLOCK_MISSING,
    /** To be held at a post office (郵便局留め). */
    POST_OFFICE_HOLD,
    /** To be held at a carrier's office (営業所止め, センター止め). */
    CARRIER_OFFICE_HOLD,
    /** A hotel, inn or similar place nobody lives. */
    HOTEL,
    /** A weekly or monthly mansion: short stays. */
    SHORT_STAY_MANSION,
    /** A post office box (私書箱). */
    PO_BOX,
    /** Not a Japanese address; kept as compact text only. */
    OVERSEAS
}
