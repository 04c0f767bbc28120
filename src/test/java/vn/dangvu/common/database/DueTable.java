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
	 * Starts a VACUUM of the table that stays running until {@link #release}: the rows are frozen (a vacuum that
	 * freezes every page waits for each page's cleanup lock), and a cursor holds the first page pinned. Answers when
	 * the vacuum ends.
	 */
	CompletableFuture<Void> vacuumKeptRunning() throws SQLException {
		holder.rollback(); // the table's lock: the vacuum takes it
		Statement h = holder.createStatement();
		h.execute("declare pinned cursor for select * from " + name);
		h.execute("fetch 1 from pinned");
		// on the table's own connection (the tests' pool is small): no statement of the table's until it ends
		return CompletableFuture.runAsync(() -> {
			try {
				statement.execute("vacuum (freeze, disable_page_skipping) " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Lets autovacuum (or a VACUUM) at the table. */
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
		}
		finally {
			holder.close();
			connection.close();
		}
	}

}
