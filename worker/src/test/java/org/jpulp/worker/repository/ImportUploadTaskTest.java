package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.upload.UploadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportUploadTaskTest {

    @TempDir
    Path dir;

    @Test
    void handsTheUploadedFileToTheImporterAndAnswersItsReport() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of());
        String upload = bed.uploads.create();
        bed.uploads.write(upload, 0, stream("hello"), 100);

        Object result = bed.importUpload().run(bed.context(UploadTasks.importUpload("zoo", upload, FakePlugin.TYPE,
                Map.of("name", "a"), Map.of(), Map.of())));

        assertThat(result).isEqualTo(Map.of("success_flag", true, "summary", "", "details", Map.of()));
        assertThat(bed.plugin.uploadedFiles).containsExactly("hello");
        assertThat(bed.store.find("zoo").orElseThrow().contentUnitCounts()).containsEntry(FakePlugin.TYPE, 1L);
        assertThat(bed.store.find("zoo").orElseThrow().lastUnitAdded()).isEqualTo(TestBed.NOW);
        assertThat(bed.uploads.file(upload)).as("the client deletes the upload").isPresent();
    }

    @Test
    void aUnitWithoutFileHasNoUploadId() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of());

        Object result = bed.importUpload().run(bed.context(UploadTasks.importUpload("zoo", null, FakePlugin.TYPE,
                Map.of("name", "erratum"), Map.of(), Map.of())));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("success_flag", true);
        assertThat(bed.plugin.uploadedFiles).containsExactly("(none)");
    }

    @Test
    void aFailureReportEndsTheTaskInErrorWithTheImportersMessage() {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of());

        assertThatThrownBy(() -> bed.importUpload().run(bed.context(UploadTasks.importUpload("zoo", null,
                FakePlugin.TYPE, Map.of("fail", "the checksum does not match"), Map.of(), Map.of()))))
                .isInstanceOfSatisfying(PulpException.class, e -> {
                    assertThat(e.code()).isEqualTo("PLP0047");
                    assertThat(e.getMessage()).contains("zoo").contains("the checksum does not match");
                });
    }

    @Test
    void refusesUnknownTypesUploadsAndRepositoriesWithoutImporter() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of()).repo("bare");

        assertThatThrownBy(() -> bed.importUpload().run(bed.context(UploadTasks.importUpload("zoo", null, "rpm",
                Map.of("name", "a"), Map.of(), Map.of())))).isInstanceOf(PluginException.class)
                .hasMessageContaining("does not take units of type rpm");
        assertThatThrownBy(() -> bed.importUpload().run(bed.context(UploadTasks.importUpload("zoo",
                "3f1c2d4e-0000-4000-8000-000000000000", FakePlugin.TYPE, Map.of("name", "a"), Map.of(), Map.of()))))
                .isInstanceOf(PluginException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> bed.importUpload().run(bed.context(UploadTasks.importUpload("bare", null,
                FakePlugin.TYPE, Map.of("name", "a"), Map.of(), Map.of())))).isInstanceOf(MissingResource.class);
        assertThat(bed.plugin.uploadedFiles).isEmpty();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
