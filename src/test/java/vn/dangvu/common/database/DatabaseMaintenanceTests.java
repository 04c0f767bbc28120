package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dangvu.common.database.DatabaseMaintenance.Thresholds;

/**
 * When autovacuum takes a table, as PostgreSQL 15 decides it: strictly more dead, inserted or changed rows than the
 * threshold plus the scale factor times the table's rows; a table never vacuumed counted as empty; a table's own
 * parameters over the server's.
 */
class DatabaseMaintenanceTests {

	/** PostgreSQL 15's defaults, as pg_settings gives them. */
	static final Thresholds SERVER = Thresholds.of(Map.of("autovacuum_vacuum_threshold", "50",
			"autovacuum_vacuum_scale_factor", "0.2", "autovacuum_vacuum_insert_threshold", "1000",
			"autovacuum_vacuum_insert_scale_factor", "0.2", "autovacuum_analyze_threshold", "50",
			"autovacuum_analyze_scale_factor", "0.1"));

	@Test
	void aVacuumIsDueAboveTheDeadRowsThreshold() {
		// 10,000 rows: 50 + 0.2 × 10,000 = 2,050 dead rows is the threshold, not yet over it
		assertThat(SERVER.vacuumDue(10_000, 2_050, 0)).isFalse();
		assertThat(SERVER.vacuumDue(10_000, 2_051, 0)).isTrue();
	}

	@Test
	void aVacuumIsDueAboveTheInsertedRowsThreshold() {
		// 1,000 + 0.2 × 10,000 = 3,000 rows inserted since the last vacuum
		assertThat(SERVER.vacuumDue(10_000, 0, 3_000)).isFalse();
		assertThat(SERVER.vacuumDue(10_000, 0, 3_001)).isTrue();
	}

	@Test
	void aTableNeverVacuumedCountsAsEmpty() {
		// reltuples −1 (PostgreSQL 14 on): the thresholds alone, as after a first load into a new table
		assertThat(SERVER.vacuumDue(-1, 0, 1_000)).isFalse();
		assertThat(SERVER.vacuumDue(-1, 0, 1_001)).isTrue();
		assertThat(SERVER.analyzeDue(-1, 50)).isFalse();
		assertThat(SERVER.analyzeDue(-1, 51)).isTrue();
	}

	@Test
	void anAnalyzeIsDueAboveTheChangedRowsThreshold() {
		// 50 + 0.1 × 1,000,000 = 100,050 rows changed since the last analyze
		assertThat(SERVER.analyzeDue(1_000_000, 100_050)).isFalse();
		assertThat(SERVER.analyzeDue(1_000_000, 100_051)).isTrue();
	}

	@Test
	void anInsertThresholdOfMinusOneTurnsInsertVacuumsOff() {
		Thresholds noInserts = SERVER.with(Map.of("autovacuum_vacuum_insert_threshold", "-1"));
		assertThat(noInserts.vacuumDue(0, 0, 1_000_000)).isFalse();
		assertThat(noInserts.vacuumDue(0, 51, 0)).isTrue();
	}

	@Test
	void aTablesOwnParametersComeBeforeTheServers() {
		Thresholds own = SERVER.with(Map.of("autovacuum_vacuum_scale_factor", "0.01",
				"autovacuum_analyze_threshold", "10"));
		assertThat(own.vacuumDue(100_000, 1_051, 0)).isTrue(); // 50 + 0.01 × 100,000 = 1,050
		assertThat(SERVER.vacuumDue(100_000, 1_051, 0)).isFalse();
		assertThat(own.analyzeDue(0, 11)).isTrue();
		assertThat(own.vacuumDue(100_000, 0, 20_000)).isFalse(); // the insert threshold stays the server's: 21,000
		assertThat(own.vacuumDue(100_000, 0, 21_001)).isTrue();
	}

	@Test
	void nothingIsDueForATableWithAutovacuumOff() {
		for (String off : new String[] { "false", "off", "OFF", "no", "0", "f", "fals" }) {
			Thresholds disabled = SERVER.with(Map.of("autovacuum_enabled", off));
			assertThat(disabled.vacuumDue(0, 1_000_000, 1_000_000)).as(off).isFalse();
			assertThat(disabled.analyzeDue(0, 1_000_000)).as(off).isFalse();
		}
		for (String on : new String[] { "true", "on", "yes", "1" }) {
			assertThat(SERVER.with(Map.of("autovacuum_enabled", on)).vacuumDue(0, 51, 0)).as(on).isTrue();
		}
	}

	@Test
	void theServersDefaultsWhenASettingIsMissing() {
		Thresholds defaults = Thresholds.of(Map.of());
		assertThat(defaults).isEqualTo(SERVER);
	}

}
