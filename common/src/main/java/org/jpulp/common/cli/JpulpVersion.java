package org.jpulp.common.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version this build was made from. */
public final class JpulpVersion {

    /** The Pulp platform version whose REST API jpulp implements. */
    public static final String PLATFORM_COMPATIBILITY = "2.21.5";

    private static final String VERSION = read();

    private JpulpVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = JpulpVersion.class.getResourceAsStream("/org/jpulp/common/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jpulp " + get() + " (Pulp " + PLATFORM_COMPATIBILITY + " REST API)"};
        }
    }
}
