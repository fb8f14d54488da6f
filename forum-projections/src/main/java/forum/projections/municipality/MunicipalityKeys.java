package forum.projections.municipality;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a signed-up municipality by its official key (DK-657), across tenants, through the narrow database function
 * {@code municipality_by_key}: the tenant id and the public name of that one key, nothing else, never a list. A
 * network invites a municipality by the key its people know.
 */
@Service
public class MunicipalityKeys {

    private final JdbcClient jdbc;

    MunicipalityKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record KnownMunicipality(UUID tenantId, String name) {
    }

    /** The municipality of that key as written (spaces and case aside: the database compares regardless of case). */
    @Transactional(readOnly = true)
    public Optional<KnownMunicipality> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select tenant_id, name from municipality_by_key(:key)")
                .param("key", normalized(key))
                .query((row, n) -> new KnownMunicipality(row.getObject("tenant_id", UUID.class), row.getString("name")))
                .optional();
    }

    /** Keys are stored as {@code <COUNTRY>-<code>}, without spaces: " DK - 657" is DK-657. */
    static String normalized(String key) {
        return key.replaceAll("\\s+", "");
    }
}
