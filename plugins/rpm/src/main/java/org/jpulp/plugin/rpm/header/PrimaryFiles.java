package org.jpulp.plugin.rpm.header;

/** createrepo_c's rule for the files listed in primary.xml (the rest only in filelists.xml). */
public final class PrimaryFiles {

    private PrimaryFiles() {
    }

    public static boolean isPrimary(String path) {
        return path.startsWith("/etc/") || path.equals("/usr/lib/sendmail") || path.contains("bin/");
    }
}
