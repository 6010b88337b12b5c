package org.jpulp.common.cli;

/** Exit statuses of every jpulp executable; {@code check} uses them to say which dependency failed. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CONFIG = 3;
    public static final int DATABASE = 4;
    public static final int BROKER = 5;
    public static final int SCHEMA = 6;

    private ExitCodes() {
    }
}
