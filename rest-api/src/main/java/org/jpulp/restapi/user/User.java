package org.jpulp.restapi.user;

import java.util.List;
import java.util.regex.Pattern;

/** A Pulp user ({@code users}); {@code passwordHash} is a {@link org.jpulp.common.auth.PasswordHasher} hash or null. */
public record User(String objectId, String login, String name, String passwordHash, List<String> roles) {

    public static final Pattern LOGIN = Pattern.compile("^[.@\\-_A-Za-z0-9]+$");

    public User {
        roles = List.copyOf(roles);
    }
}
