package org.jpulp.common.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code [server] log_level} to jpulp's own loggers; libraries stay at the level logback.xml gives them. */
final class LogLevels {

    private LogLevels() {
    }

    static void apply(String level) {
        ((Logger) LoggerFactory.getLogger("org.jpulp")).setLevel(Level.toLevel(level, Level.INFO));
    }
}
