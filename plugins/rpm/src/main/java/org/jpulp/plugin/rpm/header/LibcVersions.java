package org.jpulp.plugin.rpm.header;

import org.jpulp.plugin.rpm.RpmVersions;

/**
 * Orders {@code libc.so.6(GLIBC_2.x)(64bit)} requires by the version inside the first parentheses, as createrepo_c
 * does to keep only the highest one.
 */
final class LibcVersions {

    private LibcVersions() {
    }

    /** Whether {@code a} requires a higher glibc version than {@code b}. */
    static boolean higher(String a, String b) {
        return RpmVersions.compare(version(a), version(b)) > 0;
    }

    private static String version(String name) {
        int open = name.indexOf('(');
        int close = open < 0 ? -1 : name.indexOf(')', open);
        if (open < 0 || close < 0) {
            return "";
        }
        String inside = name.substring(open + 1, close);
        int digit = 0;
        while (digit < inside.length() && !Character.isDigit(inside.charAt(digit))) {
            digit++;
        }
        return inside.substring(digit);
    }
}
