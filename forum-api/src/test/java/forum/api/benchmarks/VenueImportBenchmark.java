package forum.api.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

/**
 * The venue import of a 5,000-line file over HTTP ({@code POST /api/v1/venues/import}): the dry run, the import (one
 * RegisterVenue per line through the command gateway, each committed), the read models catching up, and the same
 * file again (nothing to change). Reference, in the same run: the same 5,000 rows inserted by plain SQL into a table
 * shaped like the register, one committed statement per row, and all in one transaction. Target: the import < 30 s.
 * {@code -Dforum.bench.import.venues=} sets the number of lines.
 */
@ForumIntegrationTest
class VenueImportBenchmark extends ApplicationBenchmark {

    private static final int WARM_UP_VENUES = 500;
    private static final double TARGET_SECONDS = 30;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Test
    void importOfFiveThousandVenuesBesideThePlainInserts() throws Exception {
        int venues = Integer.getInteger("forum.bench.import.venues", 5_000);
        Report report = new Report("Venue import: " + venues + " venues from a CSV file");
        try {
            // For the JIT: the same path with a smaller file in a municipality of its own.
            TestRestTemplate warmUp = TestMunicipality.signUp(http, accounts).as(http, Role.COORDINATOR);
            byte[] warmUpFile = file(WARM_UP_VENUES, "WU");
            send(warmUp, warmUpFile, true);
            send(warmUp, warmUpFile, false);

            TestRestTemplate coordinator = TestMunicipality.signUp(http, accounts).as(http, Role.COORDINATOR);
            byte[] file = file(venues, "BM");

            long started = System.nanoTime();
            JsonNode dryRun = send(coordinator, file, true);
            double dryRunSeconds = since(started);
            assertThat(dryRun.get("registered").asInt()).isEqualTo(venues);

            started = System.nanoTime();
            JsonNode imported = send(coordinator, file, false);
            double importSeconds = since(started);
            assertThat(imported.get("registered").asInt()).isEqualTo(venues);
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> coordinator
                    .getForObject("/api/v1/venues?size=1", JsonNode.class).get("totalItems").asInt() == venues);
            double readModelSeconds = since(started);

            started = System.nanoTime();
            JsonNode again = send(coordinator, file, false);
            double againSeconds = since(started);
            assertThat(again.get("unchanged").asInt()).isEqualTo(venues);

            double rowByRow = plainInserts(venues, false);
            double oneTransaction = plainInserts(venues, true);

            report.row("server", database().commitSettings());
            report.row("file", "%,d lines, %,d bytes, ';' separated, UTF-8 with æøå/åäö", venues, file.length);
            report.row("dry run (read, check, match; nothing sent)", "%.2f s", dryRunSeconds);
            report.row("import (dryRun=false): answered", "%.2f s  (%s venues)", importSeconds,
                    Report.perSecond(venues / importSeconds));
            report.row("import: all in the register (read models)", "%.2f s after the request began", readModelSeconds);
            report.row("the same file again: nothing changed", "%.2f s", againSeconds);
            report.row("reference: plain INSERT, one commit per row", "%.2f s  (%s rows)", rowByRow,
                    Report.perSecond(venues / rowByRow));
            report.row("reference: plain INSERT, one transaction", "%.2f s", oneTransaction);
            report.row("import / row-by-row reference", "%s of its speed",
                    Report.ratio(rowByRow, importSeconds));
            report.row("target", "import < %.0f s: %s (%.1f s)", TARGET_SECONDS,
                    importSeconds < TARGET_SECONDS ? "met" : "MISSED", importSeconds);
            report.note("Warm-up: a %d-line file (dry run and import) in another municipality first.", WARM_UP_VENUES);
        } finally {
            report.print();
        }
    }

    private static byte[] file(int venues, String prefix) {
        StringBuilder csv = new StringBuilder(
                "licenceNumber;name;address;licenceHolder;licenceKind;servingHours;licenceValidFrom;licenceValidTo\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> kinds = List.of("alminnelig", "stadigvarande tillstånd", "alkoholbevilling", "TEMPORARY");
        for (int i = 1; i <= venues; i++) {
            csv.append(prefix).append('-').append(run).append('-').append(i).append(';')
                    .append("Kroen på Torvet ").append(i).append(';')
                    .append("Østergade ").append(i).append(", Växjö;")
                    .append("Søs Ærø Åström ApS ").append(i).append(';')
                    .append(kinds.get(i % kinds.size())).append(';')
                    .append("Mon-Sat 11:00-02:00;")
                    .append(i % 2 == 0 ? "2027-01-01;2030-12-31" : ";").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode send(TestRestTemplate as, byte[] file, boolean dryRun) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> answer = as.exchange("/api/v1/venues/import?dryRun=" + dryRun, HttpMethod.POST,
                new HttpEntity<>(file, headers), String.class);
        assertThat(answer.getStatusCode().value()).as("%s %s", answer.getHeaders(), answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    /**
     * The same rows as the register's, into a table of the same shape (logged, as the event store is: each commit
     * waits for the disk), by plain JDBC as the schema's owner: seconds taken.
     */
    private double plainInserts(int venues, boolean oneTransaction) throws Exception {
        try (Connection connection = database().asOwner(); Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table if not exists venue_import_reference (
                        tenant_id uuid not null, venue_id uuid not null, name varchar(200) not null,
                        address varchar(200) not null, licence_number varchar(200) not null,
                        licence_holder varchar(200) not null, licence_kind varchar(40) not null,
                        serving_hours varchar(200) not null, registered_at timestamptz not null,
                        primary key (tenant_id, venue_id))""");
            connection.setAutoCommit(!oneTransaction);
            UUID tenant = UUID.randomUUID();
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into venue_import_reference values (?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
                for (int i = 1; i <= venues; i++) {
                    insert.setObject(1, tenant);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "Kroen på Torvet " + i);
                    insert.setString(4, "Østergade " + i + ", Växjö");
                    insert.setString(5, "REF-" + i);
                    insert.setString(6, "Søs Ærø Åström ApS " + i);
                    insert.setString(7, "PERMANENT_PUBLIC");
                    insert.setString(8, "Mon-Sat 11:00-02:00");
                    insert.executeUpdate();
                }
            }
            if (oneTransaction) {
                connection.commit();
            }
            double seconds = since(started);
            connection.setAutoCommit(true);
            ddl.execute("drop table venue_import_reference");
            return seconds;
        }
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
