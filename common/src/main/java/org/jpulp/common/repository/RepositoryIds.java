package org.jpulp.common.repository;

import java.util.regex.Pattern;

/** Pulp 2's id rules for repositories and distributors. */
public final class RepositoryIds {

    public static final Pattern REPO_ID = Pattern.compile("^[.\\-_A-Za-z0-9]+$");
    public static final Pattern DISTRIBUTOR_ID = Pattern.compile("^[\\-_A-Za-z0-9]+$");

    private RepositoryIds() {
    }

    public static boolean isValidRepoId(String id) {
        return id != null && REPO_ID.matcher(id).matches();
    }

    public static boolean isValidDistributorId(String id) {
        return id != null && DISTRIBUTOR_ID.matcher(id).matches();
    }
}
