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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checkpoints' copies apart from the database: a file per chain, {@code <chain>.checkpoints}, one line per
 * checkpoint appended (Checkpoint#line), in {@code forum.audit.checkpoint-directory} (default: the data folder's
 * {@code checkpoints}). Operators keep these files elsewhere too (docs/audit.md).
 */
@Component
class CheckpointFiles {

    private static final Pattern CHAIN_NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final Path directory;

    CheckpointFiles(@Value("${forum.audit.checkpoint-directory:${forum.infra.data-directory:${user.home}/.forum}"
            + "/checkpoints}") Path directory) {
        this.directory = directory;
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
