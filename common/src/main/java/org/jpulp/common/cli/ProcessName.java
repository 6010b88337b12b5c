package org.jpulp.common.cli;

/** The name this process heartbeats and logs under. */
public record ProcessName(String value) {

    @Override
    public String toString() {
        return value;
    }
}
