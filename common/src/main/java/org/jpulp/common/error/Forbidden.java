package org.jpulp.common.error;

import java.util.List;
import java.util.Map;

/**
 * Pulp 2's {@code PulpCodedForbiddenException}: 403 with code PLP0042 ("operation not allowed") or a more
 * specific one (e.g. PLP1012 for a task purge without states).
 */
public final class Forbidden extends PulpException {

    public Forbidden(String message) {
        this("PLP0042", message);
    }

    public Forbidden(String code, String message) {
        super(403, code, message, Map.of("args", List.of(message)));
    }
}
