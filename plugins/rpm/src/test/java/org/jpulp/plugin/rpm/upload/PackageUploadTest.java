package org.jpulp.plugin.rpm.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.testbed.Gpg;
import org.jpulp.plugin.rpm.testbed.UploadTestBed;
import org.jpulp.plugin.rpm.testbed.TestPackages;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.TestRpm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedMongoExtension.class)
class PackageUploadTest {

    @TempDir
    Path dir;
    UploadTestBed bed;
    final RpmUploads uploads = new RpmUploads();

    @BeforeEach
    void setUp(MongoDatabase db) {
        bed = new UploadTestBed(db, dir);
    }

    @Test
    void anRpmIsStoredContentAddressedWithEveryFieldFromItsHeader() throws Exception {
        Path rpm = TestPackages.bear();

        UploadReport report = upload("zoo", "rpm", rpm, Map.of(), Map.of());

        assertThat(report.successFlag()).as(report.toString()).isTrue();
        List<String> ids = bed.associations.unitIds("zoo", "rpm");
        assertThat(ids).hasSize(1);
        Unit unit = bed.units.get("rpm", ids.get(0)).orElseThrow();
        assertThat(unit.key().fields()).containsEntry("name", "bear").containsEntry("epoch", "2")
                .containsEntry("checksumtype", "sha256").containsEntry("checksum", sha256(rpm));
        assertThat(unit.metadata()).containsEntry("filename", "bear-4.1-1.noarch.rpm")
                .containsEntry("size", Files.size(rpm)).containsEntry("signing_key", null)
                .containsEntry("vendor", "Zoo Inc.").containsKeys("files", "changelog", "provides", "requires",
                        "header_range", "checksums", "version_sort_index", "build_time");
        assertThat(PackageSnippets.fromStored(unit.metadata().get("repodata")).primary())
                .contains("<rpm:vendor>Zoo Inc.</rpm:vendor>");
        Path stored = Path.of(unit.storagePath());
        assertThat(stored).startsWith(bed.storage).hasFileName("bear-4.1-1.noarch.rpm").hasSameBinaryContentAs(rpm);
        assertThat(unit.downloaded()).isTrue();
    }

    @Test
    void uploadingTheSamePackageAgainReusesTheUnitAndItsFile() throws Exception {
        Path rpm = TestPackages.build(TestRpm.of("otter", "1.0", "1"));
        assertThat(upload("zoo", "rpm", rpm, Map.of(), Map.of()).successFlag()).isTrue();
        Unit first = bed.units.get("rpm", bed.associations.unitIds("zoo", "rpm").get(0)).orElseThrow();

        UploadReport again = upload("zoo", "rpm", rpm, Map.of(), Map.of());
        UploadReport elsewhere = upload("aquarium", "rpm", rpm, Map.of(), Map.of());

        assertThat(again.successFlag()).isTrue();
        assertThat(elsewhere.successFlag()).isTrue();
        assertThat(bed.units.count("rpm")).isEqualTo(1);
        assertThat(bed.associations.unitIds("aquarium", "rpm")).containsExactly(first.id());
    }

    @Test
    void anotherBuildOfTheSameNevraReplacesTheRepositorysPackage() throws Exception {
        Path first = TestPackages.build(TestRpm.of("lynx", "2.0", "1"));
        Path rebuilt = TestPackages.build(TestRpm.of("lynx", "2.0", "1").withFile("/usr/share/lynx/NEWS", "new\n"));
        upload("zoo", "rpm", first, Map.of(), Map.of());

        assertThat(upload("zoo", "rpm", rebuilt, Map.of(), Map.of()).successFlag()).isTrue();

        List<String> ids = bed.associations.unitIds("zoo", "rpm");
        assertThat(ids).hasSize(1);
        assertThat(bed.units.get("rpm", ids.get(0)).orElseThrow().key().get("checksum")).isEqualTo(sha256(rebuilt));
        assertThat(bed.units.count("rpm")).as("the replaced unit stays, an orphan").isEqualTo(2);
    }

    @Test
    void aSourcePackageIsAnSrpmAndNotAnRpm() throws Exception {
        Path srpm = TestPackages.build(TestPackages.walrus().withArch("src"));

        UploadReport asRpm = upload("zoo", "rpm", srpm, Map.of(), Map.of());
        UploadReport asSrpm = upload("zoo", "srpm", srpm, Map.of(), Map.of());

        assertThat(asRpm.successFlag()).isFalse();
        assertThat(asRpm.details().get("errors").toString()).contains("source package", "not an rpm");
        assertThat(asSrpm.successFlag()).isTrue();
        assertThat(bed.associations.unitIds("zoo", "srpm")).hasSize(1);
        assertThat(bed.associations.unitIds("zoo", "rpm")).isEmpty();
    }

    @Test
    void aFileThatIsNotAPackageFailsWithTheCauseAndStoresNothing() throws Exception {
        Path notRpm = Files.writeString(dir.resolve("notes.rpm"), "not a package at all, just text\n".repeat(10));

        UploadReport report = upload("zoo", "rpm", notRpm, Map.of(), Map.of());
        UploadReport noFile = upload("zoo", "rpm", null, Map.of(), Map.of());

        assertThat(report.successFlag()).isFalse();
        assertThat(report.summary().toString()).startsWith("the uploaded file is not a valid RPM package: ")
                .contains("magic");
        assertThat(noFile.successFlag()).isFalse();
        assertThat(noFile.summary().toString()).contains("needs the package file");
        assertThat(bed.units.count("rpm")).isZero();
        assertThat(bed.storage.resolve("content")).doesNotExist();
    }

    @Test
    void aGivenChecksumIsVerified() throws Exception {
        Path rpm = TestPackages.build(TestRpm.of("ibex", "1.0", "1"));
        String md5 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(Files.readAllBytes(rpm)));

        UploadReport wrong = upload("zoo", "rpm", rpm, Map.of(), Map.of("checksum", "0".repeat(64)));
        UploadReport unknownType = upload("zoo", "rpm", rpm, Map.of(), Map.of("checksum", md5,
                "checksum_type", "crc32"));
        UploadReport right = upload("zoo", "rpm", rpm, Map.of(), Map.of("checksum", md5, "checksum_type", "md5"));

        assertThat(wrong.successFlag()).isFalse();
        assertThat(wrong.summary().toString()).contains("sha256 checksum is " + sha256(rpm));
        assertThat(unknownType.successFlag()).isFalse();
        assertThat(unknownType.summary().toString()).contains("'crc32' is not supported");
        assertThat(right.successFlag()).isTrue();
        assertThat(bed.units.get("rpm", bed.associations.unitIds("zoo", "rpm").get(0)).orElseThrow().key()
                .get("checksumtype")).isEqualTo("sha256");
    }

    @Test
    void theRepositorysSignaturePolicyApplies() throws Exception {
        Path unsigned = TestPackages.build(TestRpm.of("gecko", "1.0", "1"));

        UploadReport rejected = upload("zoo", "rpm", unsigned, Map.of(), Map.of(), Map.of("require_signature", true));

        assertThat(rejected.successFlag()).isFalse();
        assertThat(rejected.summary().toString()).contains("not signed");
        var gpg = Gpg.create(dir);
        Assumptions.assumeTrue(gpg.isPresent(), "gpg and rpmsign are needed to sign a test package; not on PATH");
        Path signed = gpg.get().sign(unsigned, dir.resolve("signed"));
        String shortId = gpg.get().keyId().substring(8);

        UploadReport otherKey = upload("zoo", "rpm", signed, Map.of(), Map.of(),
                Map.of("allowed_keys", List.of("deadbeef")));
        UploadReport allowed = upload("zoo", "rpm", signed, Map.of(), Map.of(),
                Map.of("require_signature", true, "allowed_keys", List.of(shortId.toUpperCase())));

        assertThat(otherKey.successFlag()).isFalse();
        assertThat(otherKey.summary().toString()).contains(shortId, "deadbeef");
        assertThat(allowed.successFlag()).as(allowed.toString()).isTrue();
        Unit unit = bed.units.get("rpm", bed.associations.unitIds("zoo", "rpm").get(0)).orElseThrow();
        assertThat(unit.metadata()).containsEntry("signing_key", shortId);
    }

    @Test
    void theYumImporterOfThePluginTakesUploads() throws Exception {
        var importer = new org.jpulp.plugin.rpm.RpmPlugin().importers().stream()
                .filter(i -> i.id().equals("yum_importer")).findFirst().orElseThrow();
        Path rpm = TestPackages.build(TestRpm.of("heron", "1.0", "1"));

        UploadReport report = importer.importUpload(bed.upload("zoo", "rpm", Map.of(), Map.of(), rpm, Map.of()));

        assertThat(report.successFlag()).as(report.toString()).isTrue();
        assertThat(bed.associations.unitIds("zoo", "rpm")).hasSize(1);
    }

    private UploadReport upload(String repo, String type, Path file, Map<String, Object> key,
                                Map<String, Object> metadata) throws Exception {
        return upload(repo, type, file, key, metadata, Map.of());
    }

    private UploadReport upload(String repo, String type, Path file, Map<String, Object> key,
                                Map<String, Object> metadata, Map<String, Object> config) throws Exception {
        return uploads.importUpload(bed.upload(repo, type, key, metadata, file, config));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
