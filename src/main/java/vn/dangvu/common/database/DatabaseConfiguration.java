package vn.dangvu.common.database;

import java.nio.file.Path;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One database, PostgreSQL: the external server named by {@code DANGVU_DB_URL} (with {@code DANGVU_DB_USER} and
 * {@code DANGVU_DB_PASSWORD}) when it is set, else the embedded server whose data lives in {@code DANGVU_DATA_DIR}
 * (default {@code ./data}).
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
	HikariDataSource dataSource(DatabaseLocation location, @Value("${dangvu.db.pool-size:10}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(location.url());
		dataSource.setUsername(location.user());
		dataSource.setPassword(location.password());
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("dangvu");
		return dataSource;
	}


}
