package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    private static final String CHECKSUM = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c";

    @TempDir
    Path tmp;
    private Path storage;
    private ContentStore store;
    private final UnitKey key = UnitKey.of("iso", Map.of("name", "1.iso", "checksum", CHECKSUM, "size", 3));

    @BeforeEach
    void setUp() {
        storage = tmp.resolve("storage");
        store = new ContentStore(new StorageLayout(storage));
    }

    @Test
    void lays_files_out_like_pulp2_under_content_units() {
        String d = key.digest();

        assertThat(store.pathFor(key, "1.iso")).isEqualTo(storage.resolve("content/units/iso")
                .resolve(d.substring(0, 2)).resolve(d.substring(2)).resolve("1.iso"));
        assertThat(store.pathFor(key, "dir/1.iso")).endsWithRaw(Path.of(d.substring(2), "dir", "1.iso"));
    }

    @Test
    void commit_moves_a_staged_file_into_place_readable_by_group_and_others() throws IOException {
        Path staged = store.newStagingFile();
        Files.writeString(staged, "abc");

        Path stored = store.commit(staged, key, "sub/1.iso");

        assertThat(stored).hasContent("abc");
        assertThat(staged).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored.getParent())))
                .isEqualTo("rwxr-xr-x");
        assertThat(store.holds(key, "sub/1.iso", 3)).isTrue();
        assertThat(store.holds(key, "sub/1.iso", 4)).as("another size").isFalse();
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void a_store_that_does_not_flush_commits_the_same_way() throws IOException {
        ContentStore fast = new ContentStore(new StorageLayout(storage), false);
        Path staged = fast.newStagingFile();
        Files.writeString(staged, "abc");

        assertThat(fast.commit(staged, key, "1.iso")).hasContent("abc").isEqualTo(store.pathFor(key, "1.iso"));
    }

    @Test
    void commit_replaces_an_older_copy() throws IOException {
        Path first = store.newStagingFile();
        Files.writeString(first, "old");
        store.commit(first, key, "1.iso");
        Path second = store.newStagingFile();
        Files.writeString(second, "new");

        assertThat(store.commit(second, key, "1.iso")).hasContent("new");
    }

    @Test
    void import_copies_a_file_from_anywhere_through_staging() throws IOException {
        Path upload = Files.writeString(tmp.resolve("upload"), "abc");

        Path stored = store.importFile(upload, key, "1.iso");

        assertThat(stored).hasContent("abc");
        assertThat(upload).exists();
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void rejects_names_that_would_leave_the_store_and_writes_nothing() throws IOException {
        Path staged = store.newStagingFile();
        Files.writeString(staged, "x");

        for (String bad : List.of("../../../../outside", "/etc/evil", "a/../../b", "nul\u0000", "a\\b")) {
            assertThatThrownBy(() -> store.commit(staged, key, bad)).isInstanceOf(UnsafePathException.class);
        }
        assertThatThrownBy(() -> store.pathFor(UnitKey.of("../x", Map.of("a", "b")), "f"))
                .isInstanceOf(UnsafePathException.class);
        assertThat(Files.exists(storage.resolve("content/units"))).isFalse();
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(Files::isRegularFile)).containsExactly(staged);
        }
    }

    @Test
    void never_creates_directories_through_a_symbolic_link() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(storage.resolve("content/units"));
        Files.createSymbolicLink(storage.resolve("content/units/iso"), elsewhere);
        Path staged = store.newStagingFile();
        Files.writeString(staged, "x");

        assertThatThrownBy(() -> store.commit(staged, key, "1.iso")).isInstanceOf(UnsafePathException.class)
                .hasMessageContaining("symbolic link");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void only_accepts_its_own_staging_files() throws IOException {
        Path foreign = Files.writeString(tmp.resolve("foreign"), "x", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.commit(foreign, key, "1.iso")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> stagedFiles() throws IOException {
        try (Stream<Path> s = Files.list(storage.resolve("content/.staging"))) {
            return s.toList();
        }
    }
}
