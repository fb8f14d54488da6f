package forum.api.audit.reads;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.accounts.AccountDirectory;
import forum.api.accounts.AccountDirectory.NamedAccount;
import forum.core.shared.PersonalData;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
import forum.projections.runtime.TenantScope;

/** The log of auditors' reads (audit_read): written by {@link ReadRecorder}, read by the coordinator, newest first. */
@Service
public class ReadLog {

    /**
     * One read: who (the account's name now, erased after its erasure), the route and its ids (path variables and
     * query parameters), the path as asked, and when.
     */
    public record Read(UUID readId, UUID readerId, String readerName, boolean readerErased, String route,
                       Map<String, String> ids, String path, Instant readAt) {
    }

    private static final TypeReference<Map<String, String>> IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final AccountDirectory accounts;
    private final ObjectMapper json;

    ReadLog(JdbcClient jdbc, TenantScope tenantScope, AccountDirectory accounts, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.accounts = accounts;
        this.json = json;
    }

    /** Records a read, in a transaction of its own: the read it records has been answered already. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(UUID tenantId, UUID readerId, String route, Map<String, String> ids, String path) {
        tenantScope.enter(tenantId);
        jdbc.sql("""
                        insert into audit_read (read_id, tenant_id, reader_id, route, path, ids, read_at)
                        values (:id, :tenant, :reader, :route, :path, cast(:ids as jsonb), clock_timestamp())
                        """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenantId)
                .param("reader", readerId)
                .param("route", route)
                .param("path", path.length() > 2000 ? path.substring(0, 2000) : path)
                .param("ids", write(ids))
                .update();
    }

    /** The municipality's reads, newest first, their readers named in one read of the accounts. */
    @Transactional(readOnly = true)
    public ResultPage<Read> reads(UUID tenantId, PageQuery page) {
        tenantScope.enter(tenantId);
        long total = jdbc.sql("select count(*) from audit_read where tenant_id = :tenant")
                .param("tenant", tenantId).query(Long.class).single();
        record Row(UUID readId, UUID readerId, String route, String ids, String path, Instant readAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select read_id, reader_id, route, ids::text as ids, path, read_at from audit_read
                        where tenant_id = :tenant
                        order by read_at desc, read_id
                        limit :size offset :offset
                        """)
                .param("tenant", tenantId).param("size", page.size()).param("offset", page.offset())
                .query((row, n) -> new Row(row.getObject("read_id", UUID.class), row.getObject("reader_id", UUID.class),
                        row.getString("route"), row.getString("ids"), row.getString("path"),
                        row.getTimestamp("read_at").toInstant()))
                .list();
        Map<UUID, NamedAccount> readers = accounts.named(tenantId,
                rows.stream().map(Row::readerId).collect(Collectors.toSet()));
        List<Read> reads = rows.stream().map(row -> {
            String name = readers.containsKey(row.readerId()) ? readers.get(row.readerId()).name() : null;
            boolean erased = PersonalData.ERASED.equals(name);
            return new Read(row.readId(), row.readerId(), erased ? null : name, erased, row.route(), read(row.ids()),
                    row.path(), row.readAt());
        }).toList();
        return new ResultPage<>(reads, page.number(), page.size(), total);
    }

    private String write(Map<String, String> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException cannot) {
            throw new IllegalStateException("A read's ids cannot be written", cannot);
        }
    }

    private Map<String, String> read(String ids) {
        try {
            return json.readValue(ids, IDS);
        } catch (JsonProcessingException cannot) {
            throw new IllegalStateException("A read's ids cannot be read", cannot);
        }
    }
}
