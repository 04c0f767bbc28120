package vn.dangvu.common.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * A scratch table just filled with 2,000 rows, never vacuumed: due for a vacuum (over 1,000 rows inserted) and an
 * analyze (over 50 changed) by autovacuum's rule, and kept due — autovacuum skips a table it cannot lock, and a lock is
 * held on it until {@link #release} — so that autovacuum cannot do the work between the insert and a check. Dropped
 * on {@link #close}.
 */
final class DueTable implements AutoCloseable {

	/** The advisory lock an {@linkplain #analyzeKeptRunning analyze kept running} waits for. */
	private static final long ANALYZE_LOCK = 7_424_242;

	final String name;

	private final DatabaseMaintenance maintenance;

	private final Connection connection;

	private final Statement statement;

	private final Connection holder;

	DueTable(DataSource dataSource, DatabaseMaintenance maintenance, String name) throws SQLException {
		this.name = name;
		this.maintenance = maintenance;
		this.connection = dataSource.getConnection();
		this.statement = connection.createStatement();
		this.holder = dataSource.getConnection();
		statement.execute("drop table if exists " + name);
		statement.execute("create table " + name + " (id bigint, note text)");
		holder.setAutoCommit(false);
		holder.createStatement().execute("lock table " + name + " in share update exclusive mode");
		statement.execute("insert into " + name + " select g, 'rad ' || g from generate_series(1, 2000) g");
	}

	/** Runs a statement on the table's connection (not the one holding the lock). */
	void execute(String sql) throws SQLException {
		statement.execute(sql);
	}

	/**
	 * Starts an ANALYZE of the table that stays running until {@link #release}: the table gets an index on an
	 * expression whose function waits for an advisory lock held meanwhile, and an analyze computes the statistics of
	 * such an expression on its sample rows. (A vacuum kept waiting for a pinned page's cleanup lock was tried first:
	 * it waits only for rows old enough to freeze, and a streaming standby's feedback keeps them young.) Answers when
	 * the analyze ends.
	 */
	CompletableFuture<Void> analyzeKeptRunning() throws SQLException {
		holder.rollback(); // the table's lock: the index and the analyze take it
		statement.execute("""
				create or replace function %1$s_waits(v bigint) returns bigint immutable language plpgsql as $$
				begin
				  perform pg_advisory_lock_shared(%2$d);
				  perform pg_advisory_unlock_shared(%2$d);
				  return v;
				end $$""".formatted(name, ANALYZE_LOCK));
		statement.execute("create index %1$s_waits on %1$s ((%1$s_waits(id)))".formatted(name));
		holder.createStatement().execute("select pg_advisory_xact_lock(" + ANALYZE_LOCK + ")");
		// on the table's own connection (the tests' pool is small): no statement of the table's until it ends
		return CompletableFuture.runAsync(() -> {
			try {
				statement.execute("analyze " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Lets go of what holds the table: its lock (autovacuum or a VACUUM may take it) and an analyze kept running. */
	void release() throws SQLException {
		holder.rollback();
	}

	/**
	 * The maintenance once the statements' counters have reached the statistics (a backend sends them when it goes
	 * idle, at most once a second): {@linkplain #poll asked until it matches}.
	 */
	MaintenanceView await(Predicate<MaintenanceView> expected) throws SQLException, InterruptedException {
		statement.execute("select pg_stat_force_next_flush()");
		return poll(expected);
	}

	/** The maintenance asked until it matches, ten seconds at most. */
	MaintenanceView poll(Predicate<MaintenanceView> expected) throws InterruptedException {
		MaintenanceView view = maintenance.now();
		for (int i = 0; i < 100 && !expected.test(view); i++) {
			Thread.sleep(100);
			view = maintenance.now();
		}
		return view;
	}

	/** Whether the view lists this table. */
	boolean listedIn(MaintenanceView view) {
		return view.work().stream().anyMatch(w -> name.equals(w.table()));
	}

	@Override
	public void close() throws SQLException {
		try {
			holder.rollback();
			statement.execute("drop table if exists " + name);
			statement.execute("drop function if exists " + name + "_waits");
		}
		finally {
			holder.close();
			connection.close();
		}
	}

}
