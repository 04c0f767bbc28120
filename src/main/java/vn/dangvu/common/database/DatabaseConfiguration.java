package vn.dangvu.common.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One database, PostgreSQL: the external server named by {@code DANGVU_DB_URL} (with {@code DANGVU_DB_USER} and
 * {@code DANGVU_DB_PASSWORD}) when it is set, else the embedded server whose data lives in {@code DANGVU_DATA_DIR}
 * (default {@code ./data}). With {@code DANGVU_DB_REPLICA_URL}, a streaming standby of it serves the read-only
 * transactions ({@link DatabasePools}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	static final String DATABASE = "dangvu";

	@Bean
	DatabaseLocation databaseLocation(@Value("${dangvu.db.url:}") String url, @Value("${dangvu.db.user:}") String user,
			@Value("${dangvu.db.password:}") String password, @Value("${dangvu.data-dir:./data}") String dataDir) {
		if (!url.isBlank()) {
			return DatabaseLocation.external(url, user, password);
		}
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.open(Path.of(dataDir));
		server.ensureDatabase(DATABASE);
		return DatabaseLocation.embedded(server, DATABASE);
	}

	@Bean(destroyMethod = "close")
	DatabasePools databasePools(DatabaseLocation location, @Value("${dangvu.db.pool-size:10}") int poolSize,
			@Value("${dangvu.db.replica.url:}") String replicaUrl, @Value("${dangvu.db.replica.user:}") String replicaUser,
			@Value("${dangvu.db.replica.password:}") String replicaPassword,
			@Value("${dangvu.db.replica.pool-size:${dangvu.db.pool-size:10}}") int replicaPoolSize) {
		ReplicaLocation replica = replicaUrl.isBlank() ? null
				: new ReplicaLocation(replicaUrl, replicaUser.isBlank() ? location.user() : replicaUser,
						replicaPassword.isBlank() ? location.password() : replicaPassword);
		return DatabasePools.open(location, poolSize, replica, replicaPoolSize);
	}

	/** The application's one {@link DataSource}: the primary's pool, or the routing between primary and replica. */
	@Bean
	DataSource dataSource(DatabasePools pools) {
		return pools.routed();
	}

	/** Flyway migrates the primary only: the standby replays what it did. */
	@Bean
	FlywayConfigurationCustomizer migrateThePrimary(DatabasePools pools) {
		return configuration -> configuration.dataSource(pools.primary());
	}

}
