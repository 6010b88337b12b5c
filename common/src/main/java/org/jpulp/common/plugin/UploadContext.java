package org.jpulp.common.plugin;

import java.nio.file.Path;
import java.util.Map;

/** {@link ImporterType#importUpload}'s view: Pulp 2's {@code import_upload} arguments. */
public interface UploadContext extends PluginContext {

    String unitTypeId();

    /** The client's {@code unit_key} (JSON values). */
    Map<String, Object> unitKey();

    /** The client's {@code unit_metadata} (JSON values), empty when not given. */
    Map<String, Object> unitMetadata();

    /** The uploaded file, or null for an upload without a file. */
    Path file();
}
