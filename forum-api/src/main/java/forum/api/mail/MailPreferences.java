package forum.api.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import forum.api.problem.Problems;
import forum.projections.runtime.TenantScope;

/**
 * The optional mails a person turned off, by their address (a forum member's mails find them by it). The mails that
 * are not optional (invitation, password link, meeting notices) cannot be turned off; naming one changes nothing.
 */
@Service
class MailPreferences {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, TenantScope tenantScope, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    static Set<MailKind> optional() {
        EnumSet<MailKind> kinds = EnumSet.noneOf(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            if (kind.optional()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The optional kinds of these keys; refused (400, field turnedOff) for a key of no optional kind. */
    static Set<MailKind> kinds(Set<String> keys) {
        EnumSet<MailKind> kinds = EnumSet.noneOf(MailKind.class);
        for (String key : keys) {
            MailKind kind = MailKind.of(key).filter(MailKind::optional).orElseThrow(() -> invalid(
                    "turnedOff", "only the optional kinds " + optional().stream().map(MailKind::key).toList()));
            kinds.add(kind);
        }
        return kinds;
    }

    private static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid");
        problem.setProperty("fields", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    @Transactional(readOnly = true)
    public Set<MailKind> turnedOff(UUID tenant, String address) {
        tenantScope.enter(tenant);
        EnumSet<MailKind> off = EnumSet.noneOf(MailKind.class);
        jdbc.sql("select kind from mail_opt_out where tenant_id = :tenant and address = :address")
                .param("tenant", tenant).param("address", normal(address))
                .query(String.class).list()
                .forEach(key -> MailKind.of(key).ifPresent(off::add));
        return off;
    }

    /** Turns off exactly these optional kinds and turns the other optional ones on. */
    @Transactional
    public Set<MailKind> change(UUID tenant, String address, Set<MailKind> off) {
        tenantScope.enter(tenant);
        jdbc.sql("delete from mail_opt_out where tenant_id = :tenant and address = :address")
                .param("tenant", tenant).param("address", normal(address)).update();
        EnumSet<MailKind> kept = EnumSet.noneOf(MailKind.class);
        for (MailKind kind : off) {
            if (kind.optional()) {
                kept.add(kind);
                jdbc.sql("""
                                insert into mail_opt_out (tenant_id, address, kind, changed_at)
                                values (:tenant, :address, :kind, :now)
                                """)
                        .param("tenant", tenant).param("address", normal(address)).param("kind", kind.key())
                        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            }
        }
        return kept;
    }

    private static String normal(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
