package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.database.MaintenanceView.Kind;
import vn.dangvu.common.database.MaintenanceView.Work;

/**
 * The maintenance read from the database: a table just filled is due for a vacuum and an analyze until one is done; a
 * table with autovacuum off never is. Autovacuum is kept off the filled table by a lock held on it meanwhile (it
 * skips a table it cannot lock), so that it cannot do the work between the insert and the check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DatabaseMaintenanceIntegrationTests {

	@Autowired
	DatabaseMaintenance maintenance;

	@Autowired
	DataSource dataSource;

	@Test
	void aTableJustFilledIsDueUntilItIsVacuumedAndAnalyzed() throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				Connection holder = dataSource.getConnection(); Statement h = holder.createStatement()) {
			s.execute("drop table if exists mt_filled, mt_off");
			s.execute("create table mt_filled (id bigint, note text)");
			s.execute("create table mt_off (id bigint) with (autovacuum_enabled = false)");
			try {
				holder.setAutoCommit(false);
				h.execute("lock table mt_filled in share update exclusive mode");
				// 2,000 rows into tables never vacuumed: over 1,000 inserted (a vacuum) and 50 changed (an analyze)
				s.execute("insert into mt_filled select g, 'rad ' || g from generate_series(1, 2000) g");
				s.execute("insert into mt_off select g from generate_series(1, 2000) g");
				MaintenanceView due = awaitView(s, v -> v.work().stream().anyMatch(w -> "mt_filled".equals(w.table())));
				assertThat(due.autovacuum()).isTrue();
				assertThat(due.settled()).isFalse();
				assertThat(due.work()).contains(new Work("mt_filled", Kind.VACUUM, false, null, null),
						new Work("mt_filled", Kind.ANALYZE, false, null, null));
				assertThat(due.work()).noneMatch(w -> "mt_off".equals(w.table()));
				holder.rollback();
				s.execute("vacuum analyze mt_filled");
				MaintenanceView after = awaitView(s,
						v -> v.work().stream().noneMatch(w -> "mt_filled".equals(w.table())));
				assertThat(after.work()).noneMatch(w -> "mt_filled".equals(w.table()) || "mt_off".equals(w.table()));
			}
			finally {
				holder.rollback();
				s.execute("drop table if exists mt_filled, mt_off");
			}
		}
	}

	/**
	 * The maintenance once the statement's counters have reached the statistics (a backend sends them when it goes
	 * idle, at most once a second): asked until it matches, ten seconds at most.
	 */
	private MaintenanceView awaitView(Statement s, Predicate<MaintenanceView> expected)
			throws SQLException, InterruptedException {
		s.execute("select pg_stat_force_next_flush()");
		MaintenanceView view = maintenance.now();
		for (int i = 0; i < 100 && !expected.test(view); i++) {
			Thread.sleep(100);
			view = maintenance.now();
		}
		return view;
	}

}
