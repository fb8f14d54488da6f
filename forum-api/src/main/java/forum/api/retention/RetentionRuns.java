package forum.api.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.projections.runtime.TenantScope;

/** The record of the retention job's runs: one row per run, and one per municipality it went through. */
@Service
public class RetentionRuns {

    /** What one run did in one municipality; {@code failure} is null when it did all it had to. */
    public record TenantRun(UUID runId, Instant startedAt, Instant finishedAt, Map<RetentionKind, Integer> counts,
                            String failure) {
    }

    private static final int FAILURE_LENGTH = 2000;
    private static final TypeReference<Map<RetentionKind, Integer>> COUNTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    RetentionRuns(JdbcClient jdbc, TenantScope tenantScope, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    @Transactional
    UUID started(String instance, Instant at) {
        UUID run = UUID.randomUUID();
        jdbc.sql("insert into retention_run (run_id, started_at, instance) values (:run, :at, :instance)")
                .param("run", run).param("at", utc(at)).param("instance", instance).update();
        return run;
    }

    @Transactional
    void tenantDone(UUID run, UUID tenant, Instant started, Instant finished, Map<RetentionKind, Integer> counts,
                    String failure) {
        tenantScope.enter(tenant);
        jdbc.sql("""
                        insert into retention_run_tenant (tenant_id, run_id, started_at, finished_at, counts, failure)
                        values (:tenant, :run, :started, :finished, cast(:counts as jsonb), :failure)
                        """)
                .param("tenant", tenant).param("run", run).param("started", utc(started))
                .param("finished", utc(finished)).param("counts", write(counts))
                .param("failure", shortened(failure)).update();
    }

    @Transactional
    void finished(UUID run, Instant at, int tenants, String failure) {
        jdbc.sql("update retention_run set finished_at = :at, tenants = :tenants, failure = :failure where run_id = :run")
                .param("run", run).param("at", utc(at)).param("tenants", tenants).param("failure", shortened(failure))
                .update();
    }

    /** The municipality's latest runs, newest first. */
    @Transactional(readOnly = true)
    public List<TenantRun> latest(UUID tenant, int limit) {
        tenantScope.enter(tenant);
        return jdbc.sql("""
                        select run_id, started_at, finished_at, counts::text as counts, failure
                        from retention_run_tenant where tenant_id = :tenant
                        order by started_at desc, run_id limit :limit
                        """)
                .param("tenant", tenant).param("limit", limit)
                .query((row, n) -> new TenantRun(row.getObject("run_id", UUID.class),
                        row.getObject("started_at", OffsetDateTime.class).toInstant(),
                        row.getObject("finished_at", OffsetDateTime.class).toInstant(),
                        read(row.getString("counts")), row.getString("failure")))
                .list();
    }

    private String write(Map<RetentionKind, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<RetentionKind, Integer> read(String counts) {
        try {
            Map<RetentionKind, Integer> read = new EnumMap<>(RetentionKind.class);
            read.putAll(json.readValue(counts, COUNTS));
            return read;
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("retention_run_tenant.counts is not a map of kinds to counts", corrupt);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String shortened(String failure) {
        return failure == null || failure.length() <= FAILURE_LENGTH ? failure : failure.substring(0, FAILURE_LENGTH);
    }
}
