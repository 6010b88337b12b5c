package org.jpulp.common.error;

import java.util.List;
import java.util.Map;

/** 400 PLP0001: a request Pulp 2 rejects with a plain message (e.g. removing the last super-user). */
public final class PulpDataException extends PulpException {

    public PulpDataException(String message) {
        super(400, "PLP0001", message, Map.of("args", List.of(message)));
    }
}
