package org.jpulp.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the repository, the image definitions and the built role distributions are. */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("jpulp.root", "..")).toAbsolutePath().normalize();
    static final Path IMAGES = ROOT.resolve("images");
    static final Path KUBERNETES = IMAGES.resolve("kubernetes");
    static final Path COMPOSE_FILE = IMAGES.resolve("docker-compose.yml");
    static final Path LIB = IMAGES.resolve("base");

    /** The Maven project version; images are tagged with it. */
    static final String VERSION = System.getProperty("jpulp.version", "0.1.0-SNAPSHOT");

    /** The images that run a jpulp role, and the module whose distribution each copies. */
    static final List<String> ROLES = List.of("beat", "resource-manager", "worker", "rest-api");

    /** Every image built from this repository. */
    static final List<String> IMAGE_NAMES = List.of("base", "beat", "resource-manager", "worker", "rest-api", "broker",
            "frontend");

    /** The official MongoDB image, the same one the Testcontainers tests use. */
    static final String MONGO_IMAGE = org.jpulp.testing.mongo.RealMongo.IMAGE;

    private Repo() {
    }

    static Path dockerfile(String image) {
        return IMAGES.resolve(image).resolve("Dockerfile");
    }

    static Path entrypoint(String image) {
        return IMAGES.resolve(image).resolve("entrypoint.sh");
    }

    static Path healthcheck() {
        return LIB.resolve("jpulp-healthcheck.sh");
    }

    /** {@code <module>/target/dist} of a role, built by {@code ./mvnw package}. */
    static Path dist(String module) {
        Path dist = ROOT.resolve(module).resolve("target/dist");
        if (!Files.isDirectory(dist.resolve("bin"))) {
            throw new IllegalStateException(dist + " is missing: these tests need `./mvnw package` (or verify) first");
        }
        return dist;
    }

    static String executable(String role) {
        return "jpulp-" + role;
    }

    static List<Path> kubernetesManifests() {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
