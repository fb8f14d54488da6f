package forum.api.eventstore;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * Connections as the relay role, which reads every tenant's events and nothing else: for the publisher's stream
 * and the rebuild. The requests' role reads only the events of the tenant its transaction entered. Not a
 * DataSource bean, which would take the place of the application's.
 */
public final class EventRelay implements DisposableBean {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    EventRelay(String url, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("event-relay");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        // Only the instance holding the publisher's lease, and a rebuild, use it: no idle connections kept beyond one.
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        // As the application's pool: a connection whose server went away fails, it does not hang.
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        this.dataSource = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Reads of every tenant's events, each statement on its own (autocommit). */
    public JdbcClient jdbc() {
        return jdbc;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
