package forum.api.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Built-in accounts of the default run; passwords hashed with Argon2id. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public ForumUser create(UUID tenantId, String username, String rawPassword, String displayName, Set<Role> roles) {
        UUID userId = UUID.randomUUID();
        String normalized = normalize(username);
        jdbc.sql("""
                        insert into user_account (user_id, tenant_id, username, password_hash, display_name, roles)
                        values (:id, :tenant, :username, :hash, :name, :roles)
                        """)
                .param("id", userId)
                .param("tenant", tenantId)
                .param("username", normalized)
                .param("hash", passwords.encode(rawPassword))
                .param("name", displayName)
                .param("roles", roles.stream().map(Enum::name).collect(Collectors.joining(",")))
                .update();
        return find(normalized).orElseThrow();
    }

    public Optional<ForumUser> find(String username) {
        return jdbc.sql("select * from user_account where username = :username and enabled")
                .param("username", normalize(username))
                .query(UserAccounts::toUser)
                .optional();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    @Override
    public ForumUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static ForumUser toUser(ResultSet row, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getString("roles").split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new ForumUser(row.getObject("user_id", UUID.class), row.getObject("tenant_id", UUID.class),
                row.getString("username"), row.getString("password_hash"), row.getString("display_name"), roles);
    }
}
