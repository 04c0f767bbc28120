package vn.dangvu.common.database;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.dangvu.common.database.MaintenanceView.Kind;
import vn.dangvu.common.database.MaintenanceView.Work;

/**
 * What autovacuum is doing in the database and what it still has to do, asked of the primary: the vacuums and analyzes
 * running ({@code pg_stat_progress_vacuum}, {@code pg_stat_progress_analyze}), and the tables due for one by the rule
 * autovacuum itself applies ({@link Thresholds}) to their counters ({@code pg_stat_user_tables}), with the server's
 * settings and each table's own.
 */
@Service
public class DatabaseMaintenance {

	private final DatabasePools pools;

	DatabaseMaintenance(DatabasePools pools) {
		this.pools = pools;
	}

	public MaintenanceView now() {
		try (Connection c = pools.primary().getConnection(); Statement s = c.createStatement()) {
			Map<String, String> settings = new HashMap<>();
			try (ResultSet r = s.executeQuery("""
					select name, setting from pg_settings
					where name in ('autovacuum', 'track_counts') or name like 'autovacuum\\_%'""")) {
				while (r.next()) {
					settings.put(r.getString(1), r.getString(2));
				}
			}
			boolean autovacuum = "on".equals(settings.get("autovacuum")) && "on".equals(settings.get("track_counts"));
			Thresholds server = Thresholds.of(settings);
			List<Work> work = new ArrayList<>();
			Set<String> running = new HashSet<>();
			try (ResultSet r = s.executeQuery("""
					select p.relid::regclass::text, 'VACUUM', p.phase, p.heap_blks_scanned, p.heap_blks_total
					from pg_stat_progress_vacuum p
					where p.datid = (select oid from pg_database where datname = current_database())
					union all
					select p.relid::regclass::text, 'ANALYZE', p.phase, p.sample_blks_scanned, p.sample_blks_total
					from pg_stat_progress_analyze p
					where p.datid = (select oid from pg_database where datname = current_database())
					order by 1""")) {
				while (r.next()) {
					Kind kind = Kind.valueOf(r.getString(2));
					long total = r.getLong(5);
					Double percent = r.wasNull() || total <= 0 ? null : 100.0 * r.getLong(4) / total;
					work.add(new Work(r.getString(1), kind, true, r.getString(3), percent));
					running.add(kind + " " + r.getString(1));
				}
			}
			// only the tables with changes counted: the others are due for nothing; without autovacuum, none is due
			try (ResultSet r = !autovacuum ? null : s.executeQuery("""
					select t.relid::regclass::text, c.reltuples, t.n_dead_tup, t.n_ins_since_vacuum,
					       t.n_mod_since_analyze, c.reloptions
					from pg_stat_user_tables t join pg_class c on c.oid = t.relid
					where c.relpersistence <> 't'
					  and (t.n_dead_tup > 0 or t.n_ins_since_vacuum > 0 or t.n_mod_since_analyze > 0)
					order by 1""")) {
				while (r != null && r.next()) {
					String table = r.getString(1);
					Thresholds own = server.with(options(r.getArray(6)));
					if (own.vacuumDue(r.getDouble(2), r.getLong(3), r.getLong(4))
							&& !running.contains(Kind.VACUUM + " " + table)) {
						work.add(new Work(table, Kind.VACUUM, false, null, null));
					}
					if (own.analyzeDue(r.getDouble(2), r.getLong(5))
							&& !running.contains(Kind.ANALYZE + " " + table)) {
						work.add(new Work(table, Kind.ANALYZE, false, null, null));
					}
				}
			}
			return new MaintenanceView(autovacuum, work);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Không đọc được tình trạng bảo trì của cơ sở dữ liệu: " + ex.getMessage(), ex);
		}
	}

	/** A table's storage parameters ({@code pg_class.reloptions}, "name=value" each) by name. */
	private static Map<String, String> options(Array reloptions) throws SQLException {
		Map<String, String> options = new HashMap<>();
		if (reloptions != null) {
			for (String option : (String[]) reloptions.getArray()) {
				int equals = option.indexOf('=');
				if (equals > 0) {
					options.put(option.substring(0, equals), option.substring(equals + 1));
				}
			}
		}
		return options;
	}

	/**
	 * When autovacuum takes a table (PostgreSQL 15, {@code relation_needs_vacanalyze} in {@code autovacuum.c}): a
	 * vacuum when its dead rows exceed {@code vacuumBase + vacuumScale × rows}, or its rows inserted since the last
	 * vacuum {@code insertBase + insertScale × rows} (unless {@code insertBase} is −1); an analyze when its rows changed
	 * since the last analyze exceed {@code analyzeBase + analyzeScale × rows} — the rows being the table's estimate,
	 * none for a table never vacuumed or analyzed ({@code reltuples} −1). Not for a table whose
	 * {@code autovacuum_enabled} is off. (A vacuum forced to prevent transaction-id wraparound is not counted.)
	 */
	record Thresholds(boolean enabled, double vacuumBase, double vacuumScale, double insertBase, double insertScale,
			double analyzeBase, double analyzeScale) {

		/** The server's, from {@code pg_settings} (name → setting). */
		static Thresholds of(Map<String, String> settings) {
			return new Thresholds(true, number(settings, "autovacuum_vacuum_threshold", 50),
					number(settings, "autovacuum_vacuum_scale_factor", 0.2),
					number(settings, "autovacuum_vacuum_insert_threshold", 1000),
					number(settings, "autovacuum_vacuum_insert_scale_factor", 0.2),
					number(settings, "autovacuum_analyze_threshold", 50),
					number(settings, "autovacuum_analyze_scale_factor", 0.1));
		}

		/** These with a table's own parameters where it sets them. */
		Thresholds with(Map<String, String> options) {
			return new Thresholds(enabled && !off(options.getOrDefault("autovacuum_enabled", "on")),
					number(options, "autovacuum_vacuum_threshold", vacuumBase),
					number(options, "autovacuum_vacuum_scale_factor", vacuumScale),
					number(options, "autovacuum_vacuum_insert_threshold", insertBase),
					number(options, "autovacuum_vacuum_insert_scale_factor", insertScale),
					number(options, "autovacuum_analyze_threshold", analyzeBase),
					number(options, "autovacuum_analyze_scale_factor", analyzeScale));
		}

		boolean vacuumDue(double reltuples, long dead, long inserted) {
			double rows = Math.max(reltuples, 0);
			return enabled && (dead > vacuumBase + vacuumScale * rows
					|| insertBase >= 0 && inserted > insertBase + insertScale * rows);
		}

		boolean analyzeDue(double reltuples, long changed) {
			return enabled && changed > analyzeBase + analyzeScale * Math.max(reltuples, 0);
		}

		/** A boolean parameter written as off, as PostgreSQL reads it ({@code parse_bool}: "f", "fals", "no", "of", "0"…). */
		static boolean off(String value) {
			String v = value.trim().toLowerCase(java.util.Locale.ROOT);
			return !v.isEmpty() && ("false".startsWith(v) || "no".startsWith(v) || v.length() >= 2 && "off".startsWith(v)
					|| v.equals("0"));
		}

		private static double number(Map<String, String> values, String name, double otherwise) {
			String value = values.get(name);
			return value == null ? otherwise : Double.parseDouble(value);
		}

	}

}
