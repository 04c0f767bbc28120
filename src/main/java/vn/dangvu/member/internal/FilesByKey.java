package vn.dangvu.member.internal;

import java.util.function.Supplier;

import org.jooq.DSLContext;

/**
 * A statement whose members' periods (from their covering index, V30) reach the members' files by key, one probe each,
 * rather than hashed or merged with the whole table: run with PostgreSQL's hash and merge joins off, then back on, in
 * the caller's transaction. The planner, estimating the periods of a province's tens of thousands of organizations at
 * about three times their number, read the nation's 6.5 million files to join them: 3 s a province for the badges'
 * candidates (61 s for the nation's eligibility; merged, 37 s), 7.2 s of Hồ Chí Minh City's statistics of a day
 * (3.9 s by key).
 */
public final class FilesByKey {

	private FilesByKey() {
	}

	/** The statement's result, the joins set back on after it. */
	public static <T> T read(DSLContext dsl, Supplier<T> statement) {
		dsl.execute("select set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)");
		T result = statement.get();
		dsl.execute("select set_config('enable_hashjoin', 'on', true), set_config('enable_mergejoin', 'on', true)");
		return result;
	}

}
