package org.jpulp.plugin.rpm.header;

/** rpm's {@code rpmvercmp}: compares version or release strings segment by segment (no tilde/caret handling). */
public final class RpmVersionComparison {

    private RpmVersionComparison() {
    }

    public static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i >= a.length() || j >= b.length()) {
                break;
            }
            boolean numeric = Character.isDigit(a.charAt(i));
            int si = i;
            int sj = j;
            while (i < a.length() && isSame(a.charAt(i), numeric)) {
                i++;
            }
            while (j < b.length() && isSame(b.charAt(j), numeric)) {
                j++;
            }
            String x = a.substring(si, i);
            String y = b.substring(sj, j);
            if (y.isEmpty()) {
                return numeric ? 1 : -1;
            }
            int c = numeric ? compareNumbers(x, y) : x.compareTo(y);
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        boolean aLeft = i < a.length();
        boolean bLeft = j < b.length();
        return aLeft == bLeft ? 0 : aLeft ? 1 : -1;
    }

    private static boolean isSame(char c, boolean numeric) {
        return numeric ? Character.isDigit(c) : Character.isLetter(c);
    }

    private static int compareNumbers(String x, String y) {
        String p = x.replaceFirst("^0+(?=.)", "");
        String q = y.replaceFirst("^0+(?=.)", "");
        return p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
    }
}
