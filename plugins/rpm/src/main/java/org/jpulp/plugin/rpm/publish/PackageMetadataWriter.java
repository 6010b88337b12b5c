package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * The rpms step: streams the repository's rpm and srpm units from the database in batches, writes their stored
 * snippets (placeholders filled) into primary, filelists and other as it goes, and links each package file at
 * {@code Packages/<first letter lowercased>/<filename>} ({@link PackageLinks}). A package lacking a checksum of the distributor's type gets it
 * computed from its file and remembered in its {@code checksums}.
 */
final class PackageMetadataWriter {

    static final int BATCH = 1000;
    private static final List<String> FIELDS = List.of("filename", "repodata", "checksums");
    private static final String COMMON_NS = "http://linux.duke.edu/metadata/common";
    private static final String RPM_NS = "http://linux.duke.edu/metadata/rpm";

    private final PluginContext context;
    private final UnitStore units;
    private final PackageLinks links;
    private final String checksumType;
    private final PublishStep step;
    private final Runnable report;
    private final PublishedPackages published = new PublishedPackages();

    PackageMetadataWriter(PluginContext context, PackageLinks links, String checksumType, PublishStep step,
                          Runnable report) {
        this.context = context;
        this.units = context.units();
        this.links = links;
        this.checksumType = checksumType;
        this.step = step;
        this.report = report;
    }

    /** Writes the three files for these unit ids (by type) and returns their repomd entries. */
    List<RepomdEntry> write(Map<String, List<String>> idsByType, Path repodata) throws IOException {
        int count = idsByType.values().stream().mapToInt(List::size).sum();
        step.start(count);
        report.run();
        try (MetadataFile primary = new MetadataFile(repodata, "primary", "primary.xml.gz", checksumType);
             MetadataFile filelists = new MetadataFile(repodata, "filelists", "filelists.xml.gz", checksumType);
             MetadataFile other = new MetadataFile(repodata, "other", "other.xml.gz", checksumType)) {
            primary.append(header("metadata", COMMON_NS + "\" xmlns:rpm=\"" + RPM_NS, count));
            filelists.append(header("filelists", "http://linux.duke.edu/metadata/filelists", count));
            other.append(header("otherdata", "http://linux.duke.edu/metadata/other", count));
            long done = 0;
            try (UnitBatches batches = new UnitBatches(units, idsByType, BATCH, FIELDS)) {
                for (List<Unit> batch = batches.next(); batch != null; batch = batches.next()) {
                    context.checkCanceled();
                    for (Unit unit : batch) {
                        writePackage(unit, primary, filelists, other);
                    }
                    done += batch.size();
                    step.processed(done);
                    report.run();
                }
            }
            primary.append("</metadata>\n");
            filelists.append("</filelists>\n");
            other.append("</otherdata>\n");
            List<RepomdEntry> entries = List.of(primary.finish(), filelists.finish(), other.finish());
            step.finish();
            return entries;
        }
    }

    PublishedPackages published() {
        return published;
    }

    private static String header(String root, String namespace, int count) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + namespace + "\" packages=\""
                + count + "\">\n";
    }

    private void writePackage(Unit unit, MetadataFile primary, MetadataFile filelists, MetadataFile other)
            throws IOException {
        String filename = filename(unit);
        String linkName = Character.toLowerCase(filename.charAt(0)) + "/" + filename;
        String location = "Packages/" + linkName;
        String checksum = checksum(unit);
        Object repodata = unit.metadata().get("repodata");
        if (repodata == null) {
            throw new PluginException("the " + unit.typeId() + " unit " + filename + " has no stored repodata");
        }
        PackageSnippets snippets;
        try {
            snippets = PackageSnippets.fromStored(repodata);
        } catch (IllegalArgumentException e) {
            throw new PluginException("the stored repodata of " + unit.typeId() + " " + filename + " is unusable: "
                    + e.getMessage(), e);
        }
        primary.append(snippets.primaryFor(Xml.escape(location), checksumType, checksum)).append("\n");
        filelists.append(snippets.filelistsFor(checksum)).append("\n");
        other.append(snippets.otherFor(checksum)).append("\n");
        if (unit.storagePath() != null) {
            links.link(linkName, Path.of(unit.storagePath()));
        }
        var key = unit.key();
        published.add(PublishedPackages.nevra(key.get("name"), key.get("epoch"), key.get("version"),
                key.get("release"), key.get("arch")), checksum, filename);
    }

    private static String filename(Unit unit) {
        Object value = unit.metadata().get("filename");
        if (!(value instanceof String filename) || filename.isEmpty() || filename.contains("/")) {
            throw new PluginException("the " + unit.typeId() + " unit " + unit.key() + " has no usable filename: "
                    + value);
        }
        SafePaths.relative(filename, "package filename");
        return filename;
    }

    private String checksum(Unit unit) throws IOException {
        if (checksumType.equals(unit.key().get("checksumtype"))) {
            return unit.key().get("checksum").toString();
        }
        Map<String, Object> known = new LinkedHashMap<>();
        if (unit.metadata().get("checksums") instanceof Map<?, ?> checksums) {
            checksums.forEach((k, v) -> known.put(k.toString(), v));
            if (known.get(checksumType) instanceof String value) {
                return value;
            }
        }
        if (unit.storagePath() == null || !unit.downloaded() || !Files.isRegularFile(Path.of(unit.storagePath()))) {
            throw new PluginException("RPM1008: the " + checksumType + " checksum of " + unit.typeId() + " "
                    + unit.metadata().get("filename") + " is unknown and its file is not downloaded");
        }
        String value = Checksums.of(Path.of(unit.storagePath()), checksumType);
        known.put(unit.key().get("checksumtype").toString(), unit.key().get("checksum"));
        known.put(checksumType, value);
        units.updateMetadata(unit.typeId(), unit.id(), Map.of("checksums", known));
        return value;
    }

}
