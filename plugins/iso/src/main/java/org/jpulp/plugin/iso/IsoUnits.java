package org.jpulp.plugin.iso;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.UnitTypeDefinition;

/** The {@code iso} unit type: key {@code name, checksum, size} (sha256 hex, bytes), no other metadata. */
public final class IsoUnits {

    public static final String TYPE_ID = "iso";
    public static final String MANIFEST = "PULP_MANIFEST";
    public static final UnitTypeDefinition TYPE = new UnitTypeDefinition(TYPE_ID, "ISO", "ISO",
            List.of("name", "checksum", "size"), List.of(), List.of());

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private IsoUnits() {
    }

    /** An ISO's key fields, checked: a safe relative name other than {@value #MANIFEST}, a sha256, a size. */
    public record Iso(String name, String checksum, long size) {

        public Iso {
            SafePaths.relative(name, "ISO name");
            if (name.equals(MANIFEST)) {
                throw new IllegalArgumentException("an ISO may not be named " + MANIFEST);
            }
            if (checksum == null || !SHA256.matcher(checksum).matches()) {
                throw new IllegalArgumentException("checksum " + SafePaths.quote(checksum) + " of " + name
                        + " is not a sha256 hex digest");
            }
            checksum = checksum.toLowerCase(Locale.ROOT);
            if (size < 0) {
                throw new IllegalArgumentException("size " + size + " of " + name + " is negative");
            }
        }

        public UnitKey key() {
            return UnitKey.of(TYPE_ID, Map.of("name", name, "checksum", checksum, "size", size));
        }

        public static Iso of(Unit unit) {
            return new Iso((String) unit.key().get("name"), (String) unit.key().get("checksum"),
                    ((Number) unit.key().get("size")).longValue());
        }
    }
}
