package forum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A reader opening a package finds in its package-info.java what the package is for: every package of every module
 * (forum-api, the application, sits beside the others and reads their sources too).
 */
class PackageInfoTest {

    private static final List<Path> SOURCES = Stream.of("forum-core", "forum-projections", "forum-api", "infra")
            .map(module -> Path.of("..", module, "src", "main", "java")).toList();

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> silent = new ArrayList<>();
        for (Path sources : SOURCES) {
            assertThat(sources).isDirectory();
            try (Stream<Path> directories = Files.walk(sources)) {
                directories.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses)
                        .filter(directory -> !saysWhatItIsFor(directory.resolve("package-info.java")))
                        .map(directory -> sources.relativize(directory).toString().replace('/', '.').replace('\\', '.'))
                        .forEach(silent::add);
            }
        }
        assertThat(silent).as("packages without a package-info.java whose Javadoc says what they are for").isEmpty();
    }

    private static boolean holdsClasses(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.endsWith(".java") && !name.equals("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean saysWhatItIsFor(Path packageInfo) {
        if (!Files.isRegularFile(packageInfo)) {
            return false;
        }
        try {
            String text = Files.readString(packageInfo);
            int javadoc = text.indexOf("/**");
            return javadoc >= 0 && javadoc < text.indexOf("package ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
