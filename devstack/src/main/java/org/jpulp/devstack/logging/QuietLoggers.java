package org.jpulp.devstack.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Raises chatty third-party loggers of the embedded servers to WARN or ERROR, unless the logging configuration already
 * sets a level for them (an explicit {@code <logger>} in logback.xml always wins).
 */
public final class QuietLoggers {

    private QuietLoggers() {
    }

    public static void atWarn(String... loggerNames) {
        atLevel(Level.WARN, loggerNames);
    }

    public static void atError(String... loggerNames) {
        atLevel(Level.ERROR, loggerNames);
    }

    private static void atLevel(Level level, String... loggerNames) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return;
        }
        for (String name : loggerNames) {
            ch.qos.logback.classic.Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(level);
            }
        }
    }
}
