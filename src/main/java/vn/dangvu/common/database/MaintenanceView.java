package vn.dangvu.common.database;

import java.util.List;

/**
 * The database's background maintenance: what autovacuum is doing now and what it still has to do, as the database
 * page and {@code GET /api/v1/system/maintenance} show it. After a large import it vacuums and analyzes the loaded
 * tables for minutes, and every page is slower meanwhile.
 *
 * @param autovacuum whether the server runs autovacuum at all ({@code autovacuum} and {@code track_counts} on)
 * @param settled nothing running and nothing due
 * @param work the vacuums and analyzes running in this database (manual ones too), then the tables due for one
 */
public record MaintenanceView(boolean autovacuum, boolean settled, List<Work> work) {

	public MaintenanceView(boolean autovacuum, List<Work> work) {
		this(autovacuum, work.isEmpty(), List.copyOf(work));
	}

	/** A vacuum or an analyze of a table. */
	public enum Kind {
		VACUUM, ANALYZE
	}

	/**
	 * A table's vacuum or analyze, running or due.
	 *
	 * @param table the table's name; {@code null} for a running one the database's role may not see (without
	 *     {@code pg_read_all_stats}, another role's work shows only that it runs)
	 * @param phase PostgreSQL's name of the phase of a running one ("scanning heap"), else {@code null}
	 * @param percent how much of the table a running one has read, when PostgreSQL tells, else {@code null}
	 */
	public record Work(String table, Kind work, boolean running, String phase, Double percent) {
	}

}
