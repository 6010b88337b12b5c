package org.jpulp.common.content;

import java.util.Map;

/**
 * One row of a repository unit search: the stored {@code repo_content_units} document and the stored unit document
 * (both as read, possibly projected; the unit always keeps {@code _id} and {@code _content_type_id}).
 */
public record AssociatedUnit(Map<String, Object> association, Map<String, Object> unit) {

    public String typeId() {
        return (String) association.get("unit_type_id");
    }

    public String unitId() {
        return (String) association.get("unit_id");
    }
}
