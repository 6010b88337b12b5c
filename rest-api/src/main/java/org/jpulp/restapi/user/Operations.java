package org.jpulp.restapi.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.InvalidValue;

/** Operation names from a request ({@code ["READ", "update"]}); an unknown name is 400 naming {@code operations}. */
final class Operations {

    static final Set<Operation> NEW_USER = EnumSet.of(Operation.READ, Operation.UPDATE);

    private Operations() {
    }

    static Set<Operation> parse(List<String> names) {
        if (names.isEmpty()) {
            throw InvalidValue.of("operations");
        }
        Set<Operation> ops = EnumSet.noneOf(Operation.class);
        for (String name : names) {
            try {
                ops.add(Operation.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidValue.of("operations");
            }
        }
        return ops;
    }
}
