package org.jpulp.plugin.rpm.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.header.PackageUnitFields;
import org.jpulp.plugin.rpm.header.RepodataSnippets;
import org.jpulp.plugin.rpm.header.RpmFileException;
import org.jpulp.plugin.rpm.header.RpmFileReader;
import org.jpulp.plugin.rpm.header.RpmPackage;

/**
 * An rpm or srpm upload (pulp2-rpm §6.1): every field comes from the package header; a given
 * {@code unit_metadata.checksum} is verified; the repository's signature policy applies; the file is stored once,
 * content-addressed; the repository's other package with the same NEVRA but another checksum is replaced.
 */
final class PackageUpload {

    private static final Set<String> NOT_OVERRIDABLE = Set.of("checksum", "checksum_type", "checksumtype",
            "checksums", "repodata", "filename", "size", "header_range", "signing_key");
    private static final Map<String, String> DIGESTS = Map.of("md5", "md5", "sha", "sha1", "sha1", "sha1",
            "sha256", "sha256");

    private final UploadContext context;

    PackageUpload(UploadContext context) {
        this.context = context;
    }

    UploadReport run() throws IOException {
        Path file = context.file();
        if (file == null || !Files.isRegularFile(file)) {
            return UploadReport.failure("an " + context.unitTypeId() + " upload needs the package file");
        }
        RpmPackage p;
        try {
            p = RpmFileReader.read(file);
        } catch (RpmFileException e) {
            return UploadReport.failure("the uploaded file is not a valid RPM package: " + e.getMessage());
        }
        String problem = problem(p);
        if (problem != null) {
            return UploadReport.failure(problem);
        }
        context.checkCanceled();
        UnitKey key = UnitKey.of(PackageUnitFields.typeId(p), PackageUnitFields.key(p));
        Unit unit = store(p, key, file);
        replaceOtherBuildsOfTheSameNevra(unit);
        context.associations().associate(context.repoId(), unit.typeId(), unit.id());
        return UploadReport.success();
    }

    private String problem(RpmPackage p) {
        if (!PackageUnitFields.typeId(p).equals(context.unitTypeId())) {
            return "the uploaded file is " + (p.source() ? "a source package (srpm)" : "a binary package (rpm)")
                    + ", not an " + context.unitTypeId();
        }
        String checksum = mismatch(p);
        return checksum != null ? checksum : signaturePolicy(p);
    }

    private String mismatch(RpmPackage p) {
        Object expected = context.unitMetadata().get("checksum");
        if (expected == null) {
            return null;
        }
        Object type = context.unitMetadata().getOrDefault("checksum_type", "sha256");
        String digest = DIGESTS.get(String.valueOf(type).toLowerCase(Locale.ROOT));
        if (digest == null) {
            return "the checksum type '" + type + "' is not supported (md5, sha1, sha256)";
        }
        String actual = p.checksums().get(digest);
        if (!actual.equalsIgnoreCase(String.valueOf(expected))) {
            return "the uploaded file's " + digest + " checksum is " + actual + ", not " + expected + " as given";
        }
        return null;
    }

    private String signaturePolicy(RpmPackage p) {
        boolean required = ConfigValues.bool(context.config(), "require_signature", false);
        List<String> allowed = allowedKeys();
        if (p.signingKey() == null && required) {
            return "the package " + p.filename() + " is not signed, and the repository requires signed packages";
        }
        if (p.signingKey() != null && !allowed.isEmpty() && !allowed.contains(p.signingKey())) {
            return "the package " + p.filename() + " is signed with the key " + p.signingKey()
                    + ", which is not among the repository's allowed keys " + allowed;
        }
        return null;
    }

    private List<String> allowedKeys() {
        List<String> keys = new ArrayList<>();
        if (context.config().get("allowed_keys") instanceof List<?> list) {
            list.forEach(k -> keys.add(String.valueOf(k).toLowerCase(Locale.ROOT)));
        }
        return keys;
    }

    private Unit store(RpmPackage p, UnitKey key, Path file) throws IOException {
        String filename = p.filename();
        if (!context.contentStore().holds(key, filename, p.size())) {
            context.contentStore().importFile(file, key, filename);
        }
        String path = context.contentStore().pathFor(key, filename).toString();
        Map<String, Object> metadata = PackageUnitFields.metadata(p, changelogLimit());
        metadata.putAll(UploadedFields.storable(context.unitMetadata(), excludedOverrides()));
        Unit unit = context.units().insertIfAbsent(new NewUnit(key, metadata, path));
        if (!unit.downloaded() || !path.equals(unit.storagePath())) {
            unit = context.units().markDownloaded(key.typeId(), unit.id(), path);
        }
        return unit;
    }

    private Set<String> excludedOverrides() {
        Set<String> excluded = new java.util.HashSet<>(NOT_OVERRIDABLE);
        excluded.addAll(RpmUnits.PACKAGE_KEY);
        return excluded;
    }

    private int changelogLimit() {
        Long limit = ConfigValues.parseInteger(context.config().get("changelog_limit"));
        return limit == null || limit < 0 ? RepodataSnippets.DEFAULT_CHANGELOG_LIMIT : (int) (long) limit;
    }

    private void replaceOtherBuildsOfTheSameNevra(Unit unit) {
        String type = unit.typeId();
        List<String> ids = context.associations().unitIds(context.repoId(), type);
        context.units().keys(type, ids).forEach((id, other) -> {
            if (!id.equals(unit.id()) && sameNevra(other, unit.key())) {
                context.associations().unassociate(context.repoId(), type, id);
            }
        });
    }

    private static boolean sameNevra(UnitKey a, UnitKey b) {
        for (String field : List.of("name", "epoch", "version", "release", "arch")) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                return false;
            }
        }
        return true;
    }
}
