package org.jpulp.plugin.rpm;

import java.util.Comparator;

/** rpm's version comparison ({@code rpmvercmp}) and the order of epoch, version and release built on it. */
public final class RpmVersions {

    private RpmVersions() {
    }

    /** Compares (epoch, version, release) triples as rpm does; a null or empty epoch is 0. */
    public static int compareEvr(String e1, String v1, String r1, String e2, String v2, String r2) {
        int c = Long.compare(epoch(e1), epoch(e2));
        if (c == 0) {
            c = compare(v1, v2);
        }
        return c != 0 ? c : compare(r1, r2);
    }

    public static final Comparator<String> ORDER = RpmVersions::compare;

    /** rpmvercmp: alternating digit and letter runs, digits newer than letters, {@code ~} older, {@code ^} newer. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i)) && a.charAt(i) != '~' && a.charAt(i) != '^') {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j)) && b.charAt(j) != '~' && b.charAt(j) != '^') {
                j++;
            }
            boolean ta = i < a.length() && a.charAt(i) == '~';
            boolean tb = j < b.length() && b.charAt(j) == '~';
            if (ta || tb) {
                if (!(ta && tb)) {
                    return ta ? -1 : 1;
                }
                i++;
                j++;
                continue;
            }
            boolean ca = i < a.length() && a.charAt(i) == '^';
            boolean cb = j < b.length() && b.charAt(j) == '^';
            if (ca || cb) {
                if (i >= a.length()) {
                    return -1;
                }
                if (j >= b.length()) {
                    return 1;
                }
                if (!(ca && cb)) {
                    return ca ? -1 : 1;
                }
                i++;
                j++;
                continue;
            }
            if (i >= a.length() || j >= b.length()) {
                break;
            }
            boolean digits = Character.isDigit(a.charAt(i));
            int si = i;
            int sj = j;
            while (i < a.length() && isRun(a.charAt(i), digits)) {
                i++;
            }
            while (j < b.length() && isRun(b.charAt(j), digits)) {
                j++;
            }
            String ra = a.substring(si, i);
            String rb = b.substring(sj, j);
            if (rb.isEmpty()) {
                return digits ? 1 : -1;
            }
            int c;
            if (digits) {
                String na = ra.replaceFirst("^0+", "");
                String nb = rb.replaceFirst("^0+", "");
                c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
            } else {
                c = ra.compareTo(rb);
            }
            if (c != 0) {
                return c < 0 ? -1 : 1;
            }
        }
        boolean restA = i < a.length();
        boolean restB = j < b.length();
        return restA == restB ? 0 : (restA ? 1 : -1);
    }

    private static boolean isRun(char c, boolean digits) {
        return digits ? Character.isDigit(c) : Character.isLetter(c);
    }

    private static long epoch(String e) {
        if (e == null || e.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(e);
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
