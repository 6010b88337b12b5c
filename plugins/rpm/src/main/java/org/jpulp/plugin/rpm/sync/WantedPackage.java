package org.jpulp.plugin.rpm.sync;

import org.jpulp.common.content.UnitKey;

/** An upstream package the repository should hold after the sync: its unit and whether its file must be fetched. */
record WantedPackage(String unitId, UnitKey key, String location, String filename, long size, boolean download) {

    String typeId() {
        return key.typeId();
    }

    String field(String name) {
        return (String) key.get(name);
    }
}
