package jp.mamori.engine;

/** What an identity key identifies. The name is part of the hashed value, so keys of two kinds never collide. */
public enum IdentityKind {
    /** The canonical mailbox. */
    EMAIL("email"),
    /** A phone number in E.164. */
    PHONE("phone"),
    /** Prefecture, municipality, town, block and dwelling of an address. */
    ADDRESS("address"),
    /** A written name at an address. */
    NAME_ADDRESS("name_address"),
    /** A name's folded reading with a phone number. */
    KANA_PHONE("kana_phone"),
    /** The PSP's card fingerprint. */
    CARD("card"),
    /** The shop's device cookie. */
    DEVICE("device"),
    /** The buyer's IP address (IPv6 by its /64 network). */
    IP("ip");

    private final String label;

    IdentityKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in keys, policies and stored history. */
    public String label() {
        return label;
    }

    public static IdentityKind fromLabel(String label) {
        for (IdentityKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown identity kind: " + label);
    }
}
