package forum.api.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor under the lag: the least a commit -> Kafka -> committed row takes on this machine, with the same
 * PostgreSQL, broker and durability. Each append inserts a row and commits; a relay thread, told in memory, sends
 * what has been committed (acks=all, idempotent, as the publisher) and then commits its position (the publisher's
 * token); a consumer of its own inserts what it polled in one transaction, commits, and commits its offsets (the
 * read model). There is no aggregate, no event store query, no envelope, no projection and no second consumer
 * group. Lag = the consumer's commit returned minus the append's commit returned, timed in this JVM, so without
 * the polling watcher's delay that the pipeline's figure carries.
 */
final class ReferenceRelay implements AutoCloseable {

    private static final int PARTITIONS = 12;
    private static final String PAYLOAD = "x".repeat(600);

    private final DataSource dataSource;
    private final String topic = "bench.reference-relay-" + UUID.randomUUID();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final BlockingQueue<UUID> committed = new LinkedBlockingQueue<>();
    private final Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile Latencies lag = new Latencies();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    ReferenceRelay(BenchDatabase database, DataSource dataSource, String bootstrapServers) throws Exception {
        this.dataSource = dataSource;
        database.executeAsOwner("drop table if exists bench_relay_source, bench_relay_position, bench_relay_sink",
                "create table bench_relay_source (id uuid primary key, payload text not null,"
                        + " committed_at timestamptz not null default now())",
                "create table bench_relay_position (id int primary key, relayed bigint not null)",
                "insert into bench_relay_position values (1, 0)",
                "create table bench_relay_sink (id uuid primary key, payload text not null)",
                "grant select, insert, update on bench_relay_source, bench_relay_position, bench_relay_sink"
                        + " to forum_app");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-reference-relay-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
        start("bench-reference-relay", this::relay);
        start("bench-reference-consumer", this::consume);
        if (!assigned.await(30, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("The reference consumer got no partitions within 30 s");
        }
    }

    /** One append: the row is inserted and committed, then the relay is told. */
    void append(long ignored) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into bench_relay_source (id, payload) values (?, ?)")) {
            connection.setAutoCommit(true);
            insert.setObject(1, id);
            insert.setString(2, PAYLOAD);
            insert.executeUpdate();
        }
        committedAt.put(id, System.nanoTime());
        committed.add(id);
    }

    /** Rows appended but not yet committed by the consumer. */
    int unseen() {
        return committedAt.size();
    }

    /** Lags from now on, into a fresh record (after a warm-up). */
    Latencies measureFromNow() {
        lag = new Latencies();
        return lag;
    }

    Exception failure() {
        return failure.get();
    }

    private void relay() throws Exception {
        List<UUID> batch = new ArrayList<>();
        while (running) {
            UUID first = committed.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) {
                continue;
            }
            batch.clear();
            batch.add(first);
            committed.drainTo(batch, 499);
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (UUID id : batch) {
                acks.add(producer.send(new ProducerRecord<>(topic, id.toString(), PAYLOAD)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement position = connection.prepareStatement(
                         "update bench_relay_position set relayed = relayed + ? where id = 1")) {
                connection.setAutoCommit(true);
                position.setLong(1, batch.size());
                position.executeUpdate();
            }
        }
    }

    private void consume() throws Exception {
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        assigned.countDown();
        while (running) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            if (records.isEmpty()) {
                continue;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into bench_relay_sink (id, payload) values (?, ?) on conflict do nothing")) {
                connection.setAutoCommit(false);
                for (ConsumerRecord<String, String> record : records) {
                    insert.setObject(1, UUID.fromString(record.key()));
                    insert.setString(2, record.value());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }
            long now = System.nanoTime();
            for (ConsumerRecord<String, String> record : records) {
                Long at = committedAt.remove(UUID.fromString(record.key()));
                if (at != null) {
                    lag.record(now - at);
                }
            }
            consumer.commitSync();
        }
    }

    private interface Loop {
        void run() throws Exception;
    }

    private void start(String name, Loop loop) {
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception e) {
                if (running) {
                    failure.compareAndSet(null, e);
                }
            }
        }, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
