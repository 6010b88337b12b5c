package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link PluginDocuments} shares; subclasses supply an empty one. */
public abstract class PluginDocumentsContract {

    protected abstract PluginDocuments documents();

    @Test
    void puts_replaces_gets_and_deletes_documents_per_collection() {
        PluginDocuments d = documents();
        d.put("erratum_pkglists", "zoo/E-1", Map.of("repo_id", "zoo", "packages", List.of(Map.of("name", "bear"))));
        d.put("erratum_pkglists", "zoo/E-2", Map.of("repo_id", "zoo"));
        d.put("erratum_pkglists", "zoo/E-2", Map.of("repo_id", "zoo", "v", 2L));
        d.put("other", "zoo/E-1", Map.of("x", true));

        assertThat(d.get("erratum_pkglists", "zoo/E-1").orElseThrow())
                .isEqualTo(Map.of("repo_id", "zoo", "packages", List.of(Map.of("name", "bear"))));
        assertThat(d.getAll("erratum_pkglists", List.of("zoo/E-2", "nope")))
                .isEqualTo(Map.of("zoo/E-2", Map.of("repo_id", "zoo", "v", 2L)));
        assertThat(d.delete("erratum_pkglists", "zoo/E-1")).isTrue();
        assertThat(d.delete("erratum_pkglists", "zoo/E-1")).isFalse();
        assertThat(d.get("erratum_pkglists", "zoo/E-1")).isEmpty();
        assertThat(d.get("other", "zoo/E-1").orElseThrow()).isEqualTo(Map.of("x", true));
    }
}
