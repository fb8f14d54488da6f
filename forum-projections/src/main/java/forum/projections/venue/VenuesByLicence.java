package forum.projections.venue;

import forum.core.venue.LicenceKind;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.enumValue;
import static forum.projections.runtime.Rows.uuid;

/** The municipality's venues by licence number (a number may be held by more than one venue: the list says so). */
@Service
public class VenuesByLicence {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    VenuesByLicence(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @Transactional(readOnly = true)
    public Map<String, List<CurrentVenue>> of(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select venue_id, licence_number, name, address, licence_holder, licence_kind, serving_hours,
                               licence_valid_from, licence_valid_to, closed_on
                        from venue where tenant_id = :tenant
                        """)
                .param("tenant", tenantId)
                .query((row, n) -> new CurrentVenue(uuid(row, "venue_id"), row.getString("licence_number"),
                        row.getString("name"), row.getString("address"), row.getString("licence_holder"),
                        enumValue(LicenceKind.class, row, "licence_kind"), row.getString("serving_hours"),
                        date(row, "licence_valid_from"), date(row, "licence_valid_to"),
                        row.getObject("closed_on") != null))
                .list().stream()
                .collect(Collectors.groupingBy(CurrentVenue::licenceNumber));
    }
}
