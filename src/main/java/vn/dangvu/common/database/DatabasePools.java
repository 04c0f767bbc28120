package vn.dangvu.common.database;

import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pools: the primary's, and the read replica's when one is configured. Without a replica the
 * application's data source is the primary's pool, as it always was. With one, it is a routing data source behind a
 * {@link LazyConnectionDataSourceProxy}: a transaction fetches its real connection at its first statement, when
 * {@link TransactionSynchronizationManager#isCurrentTransactionReadOnly()} is known — read-only transactions go to
 * the replica, everything else (writes, work outside a transaction, Flyway) to the primary. A read-only call that
 * joins a read-write transaction stays in it, on the primary; so do the requests of a session that has just written
 * ({@link PrimaryReads}).
 */
final class DatabasePools implements AutoCloseable {

	private final HikariDataSource primary;

	private final HikariDataSource replica;

	private final DataSource routed;

	private final DatabaseLocation location;

	private final ReplicaLocation replicaLocation;

	private DatabasePools(DatabaseLocation location, HikariDataSource primary, ReplicaLocation replicaLocation,
			HikariDataSource replica) {
		this.location = location;
		this.primary = primary;
		this.replicaLocation = replicaLocation;
		this.replica = replica;
		this.routed = replica == null ? primary : route(primary, replica);
	}

	static DatabasePools open(DatabaseLocation location, int poolSize, ReplicaLocation replica, int replicaPoolSize) {
		HikariDataSource primary = pool("dangvu", location.url(), location.user(), location.password(), poolSize);
		if (replica == null) {
			return new DatabasePools(location, primary, null, null);
		}
		HikariDataSource replicaPool = pool("dangvu-replica", replica.url(), replica.user(), replica.password(),
				replicaPoolSize);
		replicaPool.setReadOnly(true);
		return new DatabasePools(location, primary, replica, replicaPool);
	}

	private static HikariDataSource pool(String name, String url, String user, String password, int size) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(size);
		dataSource.setPoolName(name);
		return dataSource;
	}

	private static DataSource route(DataSource primary, DataSource replica) {
		AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {

			@Override
			protected Object determineCurrentLookupKey() {
				return TransactionSynchronizationManager.isCurrentTransactionReadOnly() && !PrimaryReads.pinned()
						? Target.REPLICA : Target.PRIMARY;
			}

		};
		routing.setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
		routing.setDefaultTargetDataSource(primary);
		routing.setLenientFallback(false);
		routing.afterPropertiesSet();
		LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy(routing);
		// the defaults a lazy connection reports before it has a real one: PostgreSQL's
		lazy.setDefaultAutoCommit(true);
		lazy.setDefaultTransactionIsolation(java.sql.Connection.TRANSACTION_READ_COMMITTED);
		return lazy;
	}

	private enum Target {

		PRIMARY, REPLICA

	}

	/** The application's data source: the primary's pool, or the routing between primary and replica. */
	DataSource routed() {
		return routed;
	}

	/** The primary's pool itself (migrations, the status page). */
	DataSource primary() {
		return primary;
	}

	/** The replica's pool, when one is configured. */
	Optional<DataSource> replica() {
		return Optional.ofNullable(replica);
	}

	DatabaseLocation location() {
		return location;
	}

	Optional<ReplicaLocation> replicaLocation() {
		return Optional.ofNullable(replicaLocation);
	}

	@Override
	public void close() {
		if (replica != null) {
			replica.close();
		}
		primary.close();
	}

}
