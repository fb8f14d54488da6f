package forum.api.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.accounts.InvitationTokens;
import forum.api.security.RowKeys;
import forum.api.web.Language;
import forum.projections.runtime.TenantScope;

/**
 * The secret addresses of subscribed calendars: one per person, one per forum. Only a token's SHA-256 is kept;
 * renewing replaces the row, so the old address finds nothing. A feed is read without signing in, by its token's
 * hash (RowKeys), and tells the tenant whose meetings it holds; everything else runs under the tenant.
 */
@Service
class CalendarFeeds {

    /** A feed as its token finds it: a person's (accountId) or a forum's (forumId), in its language. */
    record Feed(UUID tenantId, UUID accountId, UUID forumId, Language language) {
    }

    /** The only time the token leaves the application. */
    record Issued(String token, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final RowKeys rowKeys;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, TenantScope tenantScope, RowKeys rowKeys, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.rowKeys = rowKeys;
        this.clock = clock;
    }

    /** A new address of the person's feed; the earlier one, if any, ends. */
    @Transactional
    public Issued renewOfPerson(UUID tenantId, UUID accountId, Language language) {
        tenantScope.enter(tenantId);
        jdbc.sql("delete from calendar_feed where tenant_id = :tenant and account_id = :account")
                .param("tenant", tenantId).param("account", accountId).update();
        return insert(tenantId, accountId, null, language, accountId);
    }

    /** A new address of the forum's feed; the earlier one, if any, ends. */
    @Transactional
    public Issued renewOfForum(UUID tenantId, UUID forumId, Language language, UUID by) {
        tenantScope.enter(tenantId);
        jdbc.sql("delete from calendar_feed where tenant_id = :tenant and forum_id = :forum")
                .param("tenant", tenantId).param("forum", forumId).update();
        return insert(tenantId, null, forumId, language, by);
    }

    /** When the person's current address was made; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> ofPerson(UUID tenantId, UUID accountId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select created_at from calendar_feed where tenant_id = :tenant and account_id = :account")
                .param("tenant", tenantId).param("account", accountId)
                .query((row, n) -> instant(row, "created_at"))
                .optional();
    }

    /** When each forum's current address was made, by forum; forums without one are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Instant> ofForums(UUID tenantId) {
        tenantScope.enter(tenantId);
        Map<UUID, Instant> feeds = new LinkedHashMap<>();
        jdbc.sql("select forum_id, created_at from calendar_feed where tenant_id = :tenant and forum_id is not null")
                .param("tenant", tenantId)
                .query((ResultSet row) -> {
                    feeds.put(row.getObject("forum_id", UUID.class), instant(row, "created_at"));
                });
        return feeds;
    }

    /** The feed of this token; empty for a token never given out or renewed since. */
    @Transactional(readOnly = true)
    public Optional<Feed> byToken(String token) {
        String hash = InvitationTokens.hash(token);
        rowKeys.calendarFeed(hash);
        return jdbc.sql("select tenant_id, account_id, forum_id, language from calendar_feed where token_hash = :hash")
                .param("hash", hash)
                .query((row, n) -> new Feed(row.getObject("tenant_id", UUID.class),
                        row.getObject("account_id", UUID.class), row.getObject("forum_id", UUID.class),
                        Language.ofTag(row.getString("language")).orElse(Language.ENGLISH)))
                .optional();
    }

    /** The user name of the tenant's account, to look the account up as sign-in does; empty when it is gone. */
    @Transactional(readOnly = true)
    public Optional<String> username(UUID tenantId, UUID accountId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select username from user_account where tenant_id = :tenant and user_id = :account")
                .param("tenant", tenantId).param("account", accountId)
                .query(String.class)
                .optional();
    }

    private Issued insert(UUID tenantId, UUID accountId, UUID forumId, Language language, UUID by) {
        String token = InvitationTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into calendar_feed (feed_id, token_hash, tenant_id, account_id, forum_id, language,
                                                   created_by, created_at)
                        values (:id, :hash, :tenant, :account, :forum, :language, :by, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("hash", InvitationTokens.hash(token))
                .param("tenant", tenantId)
                .param("account", accountId)
                .param("forum", forumId)
                .param("language", language.tag())
                .param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return new Issued(token, now);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
