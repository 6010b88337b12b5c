package org.jpulp.common.auth;

/** Pulp 2 permission operations; stored as their integer codes in {@code roles} and {@code permissions}. */
public enum Operation {
    CREATE(0), READ(1), UPDATE(2), DELETE(3), EXECUTE(4);

    private final int code;

    Operation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Operation fromCode(int code) {
        for (Operation op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        throw new IllegalArgumentException("no Pulp operation has code " + code);
    }
}
