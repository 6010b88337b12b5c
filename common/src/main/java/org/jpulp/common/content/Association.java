package org.jpulp.common.content;

/** One {@code repo_content_units} document; {@code created} and {@code updated} are Pulp 2 timestamp strings. */
public record Association(String repoId, String typeId, String unitId, String created, String updated) {
}
