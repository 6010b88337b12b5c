package org.jpulp.common.error;

import java.util.Map;

/** 503 PLP0024: there is nothing that can accept the task (no task engine, or no workers). */
public final class NoWorkers extends PulpException {

    public NoWorkers(String message) {
        super(503, "PLP0024", message, Map.of());
    }
}
