package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.common.plugin.UploadRequest;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoUploadTest {

    @TempDir
    Path tmp;
    private IsoTestBed bed;
    private Path upload;
    private final byte[] content = "an iso image".getBytes();

    @BeforeEach
    void setUp() throws Exception {
        bed = new IsoTestBed(tmp);
        upload = Files.write(Files.createDirectories(tmp.resolve("work/uploads")).resolve("upload-1"), content);
    }

    private UploadReport upload(String repoId, Map<String, Object> key, Map<String, Object> importerConfig)
            throws Exception {
        return bed.importer.importUpload(bed.upload(bed.newTask(), repoId, importerConfig,
                new UploadRequest("iso", key, Map.of(), upload)));
    }

    private Map<String, Object> key(String name, String checksum, Object size) {
        Map<String, Object> key = new HashMap<>();
        key.put("name", name);
        key.put("checksum", checksum);
        key.put("size", size);
        return key;
    }

    @Test
    void an_upload_becomes_a_stored_unit_of_the_repository() throws Exception {
        UploadReport report = upload("zoo", key("my.iso", Feed.sha256(content), content.length), Map.of());

        assertThat(report.toMap()).containsEntry("success_flag", true).containsEntry("details", Map.of());
        Unit unit = bed.units.get("iso", bed.associations.unitIds("zoo", "iso")).get(0);
        assertThat(Path.of(unit.storagePath())).hasBinaryContent(content)
                .startsWith(bed.storage.resolve("content/units/iso"));
        assertThat(upload).as("the upload file itself is left to the upload API").exists();
        bed.assertNothingOutsideTheStorageRoots();
    }

    @Test
    void a_size_or_checksum_that_does_not_match_the_file_fails_with_pulp2s_message() throws Exception {
        UploadReport size = upload("zoo", key("my.iso", Feed.sha256(content), 99), Map.of());
        UploadReport checksum = upload("zoo", key("my.iso", "b".repeat(64), content.length), Map.of());

        assertThat(size.successFlag()).isFalse();
        assertThat(size.summary()).isEqualTo("Downloading <my.iso> failed validation. The manifest specified that the "
                + "file should be 99 bytes, but the downloaded file is 12 bytes.");
        assertThat(size.details()).isEqualTo(Map.of("errors", java.util.List.of(size.summary())));
        assertThat(checksum.summary()).asString().contains("failed checksum validation")
                .contains(Feed.sha256(content));
        assertThat(bed.units.count("iso")).isZero();
    }

    @Test
    void validate_false_skips_the_check() throws Exception {
        UploadReport report = upload("zoo", key("my.iso", "c".repeat(64), 99), Map.of("validate", "False"));

        assertThat(report.successFlag()).isTrue();
    }

    @Test
    void unsafe_names_and_malformed_keys_are_refused() throws Exception {
        assertThat(upload("zoo", key("../../x", Feed.sha256(content), 12), Map.of()).summary()).asString()
                .contains("not a safe relative path");
        assertThat(upload("zoo", key("x.iso", Feed.sha256(content), "twelve"), Map.of()).summary()).asString()
                .startsWith("the unit key of the uploaded ISO is invalid");
        assertThat(upload("zoo", key("PULP_MANIFEST", Feed.sha256(content), 12), Map.of()).successFlag()).isFalse();
        bed.assertNothingOutsideTheStorageRoots();
    }

    @Test
    void other_types_are_not_supported() throws Exception {
        UploadReport report = bed.importer.importUpload(bed.upload(bed.newTask(), "zoo", Map.of(),
                new UploadRequest("rpm", Map.of(), Map.of(), upload)));

        assertThat(report.summary()).isEqualTo("rpm is not a supported type for upload");
    }

    @Test
    void the_same_upload_twice_reuses_the_unit_and_a_new_file_of_the_same_name_replaces_it() throws Exception {
        Map<String, Object> first = key("my.iso", Feed.sha256(content), content.length);
        upload("zoo", first, Map.of());
        upload("zoo", first, Map.of());
        assertThat(bed.units.count("iso")).isEqualTo(1);

        byte[] other = "another image".getBytes();
        Files.write(upload, other);
        upload("zoo", key("my.iso", Feed.sha256(other), other.length), Map.of());

        assertThat(bed.associations.unitIds("zoo", "iso")).hasSize(1);
        Unit unit = bed.units.get("iso", bed.associations.unitIds("zoo", "iso")).get(0);
        assertThat(unit.key().get("checksum")).isEqualTo(Feed.sha256(other));
        bed.distributor.publish(bed.publish(bed.newTask(), "zoo", "d", Map.of()));
        assertThat(Files.readString(bed.published("https", "zoo").resolve("PULP_MANIFEST")).split("\r\n"))
                .containsExactly("my.iso," + Feed.sha256(other) + "," + other.length);
    }
}
