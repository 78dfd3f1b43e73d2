package jp.mamori.engine;

/** What an identity key identifies. The name is part of the hashed value, so keys of two kinds never collide. */
public enum IdentityKind {
    EMAIL("email");

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
