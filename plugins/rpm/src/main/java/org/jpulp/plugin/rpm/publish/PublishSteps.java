package org.jpulp.plugin.rpm.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The steps of a yum publish in Pulp 2's order, reported as {@code progress_report[<distributor id>]} (the list of
 * step dicts); the task result's {@code summary} maps each step type to its final state.
 */
final class PublishSteps {

    final PublishStep initialize = new PublishStep("initialize_repo_metadata", "Initializing repo metadata");
    final PublishStep distribution = new PublishStep("distribution", "Publishing Distribution files");
    final PublishStep rpms = new PublishStep("rpms", "Publishing RPMs");
    final PublishStep drpms = new PublishStep("drpms", "Publishing Delta RPMs");
    final PublishStep errata = new PublishStep("errata", "Publishing Errata");
    final PublishStep modules = new PublishStep("modules", "Publishing Modules");
    final PublishStep comps = new PublishStep("comps", "Publishing Comps file");
    final PublishStep metadata = new PublishStep("metadata", "Publishing Metadata.");
    final PublishStep close = new PublishStep("close_repo_metadata", "Closing repo metadata");
    final PublishStep removeOld = new PublishStep("remove_old_repodata", "Removing old repodata");
    final PublishStep sqlite = new PublishStep("generate sqlite", "Generating sqlite files");
    final PublishStep repoview = new PublishStep("repoview", "Generating HTML files");
    final PublishStep publishDirectory = new PublishStep("publish_directory", "Publishing files to web");

    private final List<PublishStep> all = List.of(initialize, distribution, rpms, drpms, errata, modules, comps,
            metadata, close, removeOld, sqlite, repoview, publishDirectory);
    private final Consumer<Object> reporter;

    PublishSteps(Consumer<Object> reporter) {
        this.reporter = reporter;
    }

    void report() {
        reporter.accept(details());
    }

    List<Map<String, Object>> details() {
        return all.stream().map(PublishStep::toMap).toList();
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        all.forEach(s -> summary.put(s.type(), s.state()));
        return summary;
    }

    /** Marks the running step failed (or cancelled) and every step not yet run cancelled. */
    void abort(String finalState, String error) {
        boolean marked = false;
        for (PublishStep step : all) {
            if (step.state().equals(PublishStep.IN_PROGRESS) && !marked) {
                step.end(finalState, error);
                marked = true;
            } else if (step.state().equals(PublishStep.NOT_STARTED)) {
                step.end(PublishStep.CANCELLED, null);
            }
        }
        report();
    }
}
