package org.jpulp.common.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.error.MissingResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFilesTest {

    @TempDir
    Path dir;

    @Test
    void chunksLandAtTheirOffsetsInAnyOrder() throws Exception {
        UploadFiles uploads = new UploadFiles(new StorageLayout(dir));
        String id = uploads.create();

        uploads.write(id, 6, bytes("world"), 100);
        uploads.write(id, 0, bytes("hello "), 100);
        uploads.write(id, 0, bytes("hello "), 100);

        assertThat(Files.readString(dir.resolve("uploads").resolve(id))).isEqualTo("hello world");
        assertThat(uploads.ids()).containsExactly(id);
        assertThat(uploads.existing(id)).isEqualTo(dir.resolve("uploads").resolve(id));
    }

    @Test
    void onlyIdsMadeHereNameFiles() throws Exception {
        UploadFiles uploads = new UploadFiles(new StorageLayout(dir.resolve("storage")));
        Files.createDirectories(dir.resolve("storage/uploads"));
        Files.writeString(dir.resolve("storage/secret"), "x");
        Files.writeString(dir.resolve("storage/uploads/stray"), "x");

        assertThat(uploads.file("../secret")).isEmpty();
        assertThat(uploads.file("stray")).isEmpty();
        assertThat(uploads.file(null)).isEmpty();
        assertThat(uploads.ids()).isEmpty();
        assertThat(uploads.delete("../secret")).isFalse();
        assertThat(dir.resolve("storage/secret")).exists();
        assertThatThrownBy(() -> uploads.write("../secret", 0, bytes("y"), 10)).isInstanceOf(MissingResource.class);
    }

    @Test
    void aChunkOverTheLimitIsRefused() throws Exception {
        UploadFiles uploads = new UploadFiles(new StorageLayout(dir));
        String id = uploads.create();

        assertThatThrownBy(() -> uploads.write(id, 0, bytes("0123456789"), 9))
                .isInstanceOf(UploadFiles.ChunkTooLargeException.class);
        assertThat(uploads.write(id, 0, bytes("012345678"), 9)).isEqualTo(9);
    }

    @Test
    void deleteRemovesTheFile() throws Exception {
        UploadFiles uploads = new UploadFiles(new StorageLayout(dir));
        String id = uploads.create();

        assertThat(uploads.delete(id)).isTrue();
        assertThat(uploads.delete(id)).isFalse();
        assertThat(uploads.file(id)).isEmpty();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
