package forum.api.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The checkpoints' copies apart from the database: a file per chain, {@code <chain>.checkpoints}, one line per
 * checkpoint appended (Checkpoint#line), in {@code forum.audit.checkpoint-directory} (default: the data folder's
 * {@code checkpoints}; a folder per JVM on throwaway servers). Operators keep these files elsewhere too (docs/audit.md).
 */
@Component
class CheckpointFiles {

    private static final Pattern CHAIN_NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final Path directory;

    /** One per test JVM, as the throwaway database is. */
    private static Path throwawayDirectory;

    @Autowired
    CheckpointFiles(Environment environment) {
        this(chosen(environment));
    }

    CheckpointFiles(Path directory) {
        this.directory = directory;
    }

    private static Path chosen(Environment environment) {
        String configured = environment.getProperty("forum.audit.checkpoint-directory");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        if ("throwaway".equalsIgnoreCase(environment.getProperty("forum.infra.servers", ""))) {
            return throwawayDirectory();
        }
        return Path.of(environment.getProperty("forum.infra.data-directory",
                Path.of(System.getProperty("user.home"), ".forum").toString())).resolve("checkpoints");
    }

    private static synchronized Path throwawayDirectory() {
        if (throwawayDirectory == null) {
            try {
                throwawayDirectory = Files.createTempDirectory("forum-checkpoints");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make a folder for the checkpoints", e);
            }
        }
        return throwawayDirectory;
    }

    synchronized void append(Checkpoint checkpoint) {
        try {
            Files.createDirectories(directory);
            Files.writeString(file(checkpoint.chain()), checkpoint.line() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append a checkpoint to " + file(checkpoint.chain()), e);
        }
    }

    /** The checkpoints the files hold for the chain, or every chain's; none when there are no files. */
    List<Checkpoint> read(String chain) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return checkpoints;
        }
        try (Stream<Path> files = chain == null ? Files.list(directory) : Stream.of(file(chain))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".checkpoints")).toList()) {
                if (Files.isRegularFile(file)) {
                    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                        if (!line.isBlank()) {
                            checkpoints.add(Checkpoint.ofLine(line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint files in " + directory, e);
        }
        return checkpoints;
    }

    Path directory() {
        return directory;
    }

    private Path file(String chain) {
        if (!CHAIN_NAME.matcher(chain).matches()) {
            throw new IllegalArgumentException("Not a chain's name: " + chain);
        }
        return directory.resolve(chain + ".checkpoints");
    }
}
