package forum.infra.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A single-node Kafka (KRaft: broker and controller in one process) inside the JVM, listening on
 * loopback only. With a data folder its log survives restarts (the default run); without one it lives
 * in a temporary folder that is deleted when it stops (tests).
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final KafkaConfig config;
    private final String bootstrapServers;
    private final Path throwawayDirectory;
    private KafkaRaftServer server;

    private EmbeddedKafkaServer(KafkaConfig config, String bootstrapServers, Path throwawayDirectory) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.throwawayDirectory = throwawayDirectory;
        this.server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    public static EmbeddedKafkaServer start(Path dataDirectory) {
        try {
            Path logDirectory = dataDirectory == null ? Files.createTempDirectory("forum-kafka") : dataDirectory;
            Files.createDirectories(logDirectory);
            int port = freePort();
            int controllerPort = freePort();
            KafkaConfig config = KafkaConfig.fromProps(properties(logDirectory, port, controllerPort));
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory);
            }
            return new EmbeddedKafkaServer(config, "127.0.0.1:" + port, dataDirectory == null ? logDirectory : null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Kafka broker: " + e.getMessage(), e);
        }
    }

    private static Properties properties(Path logDirectory, int port, int controllerPort) {
        Properties kafka = new Properties();
        kafka.put("process.roles", "broker,controller");
        kafka.put("node.id", String.valueOf(NODE_ID));
        kafka.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        kafka.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        kafka.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        kafka.put("controller.listener.names", "CONTROLLER");
        kafka.put("inter.broker.listener.name", "PLAINTEXT");
        kafka.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        kafka.put("log.dirs", logDirectory.toString());
        // Topics are created by the application (ForumTopics), exactly as against an external cluster.
        kafka.put("auto.create.topics.enable", "false");
        kafka.put("offsets.topic.replication.factor", "1");
        kafka.put("offsets.topic.num.partitions", "6");
        kafka.put("transaction.state.log.replication.factor", "1");
        kafka.put("transaction.state.log.min.isr", "1");
        kafka.put("group.initial.rebalance.delay.ms", "0");
        kafka.put("controlled.shutdown.enable", "true");
        // Records deleted (the clear-text history's purge, docs/privacy.md) leave the one local disk within seconds
        // rather than at the next five-minute check and a minute's delay; only local readers could be reading them.
        kafka.put("log.retention.check.interval.ms", "5000");
        kafka.put("log.segment.delete.delay.ms", "1000");
        return kafka;
    }

    private static void format(Path logDirectory) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the embedded Kafka log at " + logDirectory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and starts it again on the same ports and log: clients reconnect by themselves. */
    public synchronized void restart() {
        stop();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public synchronized void close() {
        stop();
        if (throwawayDirectory != null) {
            deleteRecursively(throwawayDirectory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
