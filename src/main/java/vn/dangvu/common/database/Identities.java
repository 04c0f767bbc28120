package vn.dangvu.common.database;

import org.jooq.DSLContext;

/** Ids taken ahead from a table's identity, for rows written with COPY (which takes the ids given). */
public final class Identities {

	private Identities() {
	}

	/** Takes {@code count} ids from the identity of column {@code id} of {@code table}, in increasing order. */
	public static long[] reserve(DSLContext dsl, String table, int count) {
		if (count == 0) {
			return new long[0];
		}
		return dsl.resultQuery("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", table, count)
			.fetch(0, Long.class)
			.stream()
			.mapToLong(Long::longValue)
			.sorted()
			.toArray();
	}

}
