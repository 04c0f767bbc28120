package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.database.MaintenanceView.Kind;
import vn.dangvu.common.database.MaintenanceView.Work;

/**
 * The maintenance read from the database: a table just filled is due for a vacuum and an analyze until one is done; a
 * table with autovacuum off never is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DatabaseMaintenanceIntegrationTests {

	@Autowired
	DatabaseMaintenance maintenance;

	@Autowired
	DataSource dataSource;

	@Test
	void aTableJustFilledIsDueUntilItIsVacuumedAndAnalyzed() throws Exception {
		try (DueTable filled = new DueTable(dataSource, maintenance, "mt_filled")) {
			filled.execute("drop table if exists mt_off");
			filled.execute("create table mt_off (id bigint) with (autovacuum_enabled = false)");
			try {
				filled.execute("insert into mt_off select g from generate_series(1, 2000) g");
				MaintenanceView due = filled.await(filled::listedIn);
				assertThat(due.autovacuum()).isTrue();
				assertThat(due.settled()).isFalse();
				assertThat(due.work()).contains(new Work("mt_filled", Kind.VACUUM, false, null, null),
						new Work("mt_filled", Kind.ANALYZE, false, null, null));
				assertThat(due.work()).noneMatch(w -> "mt_off".equals(w.table()));
				filled.release();
				filled.execute("vacuum analyze mt_filled");
				MaintenanceView after = filled.await(v -> !filled.listedIn(v));
				assertThat(after.work()).noneMatch(w -> "mt_filled".equals(w.table()) || "mt_off".equals(w.table()));
			}
			finally {
				filled.execute("drop table if exists mt_off");
			}
		}
	}

	@Test
	void anAnalyzeRunningIsShownWithItsPhaseAndProgress() throws Exception {
		try (DueTable table = new DueTable(dataSource, maintenance, "mt_running")) {
			var analyze = table.analyzeKeptRunning();
			// until it is where it is held: it reads its sample rows first ("acquiring sample rows", for an instant
			// that a first look may catch), then computes the statistics, and waits there in the index's function
			MaintenanceView running = table.poll(v -> v.work().stream().anyMatch(w -> w.running()
					&& "mt_running".equals(w.table()) && "computing statistics".equals(w.phase())));
			Work work = running.work().stream().filter(w -> "mt_running".equals(w.table())).findFirst().orElseThrow();
			assertThat(work.work()).isEqualTo(Kind.ANALYZE);
			assertThat(work.running()).isTrue();
			assertThat(work.phase()).isEqualTo("computing statistics");
			assertThat(work.percent()).isEqualTo(100.0); // its sample read, its statistics being computed
			// the table's analyze is running, so it is not also listed as due for one
			assertThat(running.work()).filteredOn(w -> "mt_running".equals(w.table()) && w.work() == Kind.ANALYZE)
				.hasSize(1);
			table.release();
			analyze.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(table.poll(v -> v.work().stream().noneMatch(w -> w.running() && "mt_running".equals(w.table())))
				.work()).noneMatch(w -> w.running() && "mt_running".equals(w.table()));
		}
	}

}
