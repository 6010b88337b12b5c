package org.jpulp.plugin.iso.manifest;

/** A {@code PULP_MANIFEST} that is not a valid manifest; the message names the line and the problem. */
public final class ManifestException extends Exception {

    public ManifestException(String message) {
        super(message);
    }
}
