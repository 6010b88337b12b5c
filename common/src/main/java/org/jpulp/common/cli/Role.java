package org.jpulp.common.cli;

import com.google.inject.Module;
import java.util.List;
import org.jpulp.common.config.JpulpConfig;

/** What makes one executable different from the others; the start-up sequence itself is shared. */
public interface Role {

    /** Command name, e.g. {@code jpulp-worker}. */
    String executable();

    /** One sentence for {@code --help}. */
    String summary();

    /** A picocli mixin with options of this role only, or {@code null}. */
    default Object extraOptions() {
        return null;
    }

    /** The name this process heartbeats under, e.g. {@code reserved_resource_worker-1@host}. */
    String processName(String host);

    /** Beat brings the schema up to date; every other role waits until it is. */
    default boolean initializesSchema() {
        return false;
    }

    /** Guice modules that add this role's {@link org.jpulp.common.lifecycle.Managed} services. */
    List<Module> modules(JpulpConfig config);
}
