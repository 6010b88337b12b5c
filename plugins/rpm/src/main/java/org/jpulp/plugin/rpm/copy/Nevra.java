package org.jpulp.plugin.rpm.copy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpulp.common.content.UnitKey;

/** A package's name, epoch, version, release and arch: how errata and modules name packages (checksum ignored). */
record Nevra(String name, String epoch, String version, String release, String arch) {

    private static final Pattern ARTIFACT = Pattern.compile("(.+)-(\\d+):([^-]+)-([^-]+)\\.([^.]+)");

    Nevra {
        epoch = epoch == null || epoch.isEmpty() ? "0" : epoch;
    }

    static Nevra of(UnitKey key) {
        return new Nevra(text(key.get("name")), text(key.get("epoch")), text(key.get("version")),
                text(key.get("release")), text(key.get("arch")));
    }

    /** A package entry of an erratum's pkglist collection. */
    static Nevra ofPkglistEntry(Map<?, ?> p) {
        return new Nevra(text(p.get("name")), text(p.get("epoch")), text(p.get("version")), text(p.get("release")),
                text(p.get("arch")));
    }

    /** A modulemd artifact such as {@code duck-0:0.7-1.noarch}; empty when it is not shaped like one. */
    static Optional<Nevra> ofArtifact(String artifact) {
        Matcher m = ARTIFACT.matcher(artifact);
        return m.matches() ? Optional.of(new Nevra(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
