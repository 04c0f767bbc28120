package vn.dangvu.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Indexes dropped before a load into empty tables and built once after it, in the load's transaction: one sort over
 * the loaded rows is several times faster than updating an index row by row (a province's 727,751 movement rows:
 * 10.1 s into the indexed table, 4.9 s loaded then indexed). The tables stay locked until the transaction ends; if it
 * is rolled back, the drop goes with it.
 */
final class BulkLoadIndexes {

	private BulkLoadIndexes() {
	}

	/**
	 * Drops the indexes of the tables and answers the statements that build them again ({@link #build}). With
	 * {@code keys}, their constraints too — primary keys, unique constraints, foreign keys, and the foreign keys of
	 * other tables that refer to them — which are checked once when they are added again (a foreign key checked row
	 * by row made the load of a province's 1.8 million events 18.4 s, against 4.0 s loaded, then keyed); without, only
	 * the indexes that no key uses (a load that looks rows up by a key while it writes keeps them).
	 */
	static List<String> drop(DSLContext dsl, List<String> tables, boolean keys) {
		String[] names = tables.toArray(String[]::new);
		List<String> keysBack = new ArrayList<>();
		List<String> foreignKeysBack = new ArrayList<>();
		if (keys) {
			dsl.resultQuery("""
					select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype = 'f'
					from pg_constraint c
					where c.contype in ('p', 'u', 'f')
					  and (c.conrelid in (select t.oid from pg_class t
					                      where t.relnamespace = current_schema()::regnamespace and t.relname = any(?::text[]))
					       or c.contype = 'f' and c.confrelid in (
					           select t.oid from pg_class t
					           where t.relnamespace = current_schema()::regnamespace and t.relname = any(?::text[])))
					order by c.contype = 'f' desc, 1, 2""", names, names).forEach(r -> {
				String table = r.get(0, String.class);
				String name = DSL.quotedName(r.get(1, String.class)).toString();
				dsl.execute("alter table " + table + " drop constraint " + name);
				(r.get(3, Boolean.class) ? foreignKeysBack : keysBack)
					.add("alter table " + table + " add constraint " + name + " " + r.get(2, String.class));
			});
		}
		List<String> statements = new ArrayList<>(keysBack);
		dsl.resultQuery("""
				select i.indexname, i.indexdef from pg_indexes i
				join pg_class c on c.relname = i.indexname and c.relnamespace = to_regnamespace(i.schemaname)
				join pg_index x on x.indexrelid = c.oid
				where i.schemaname = current_schema() and i.tablename = any(?::text[])
				  and (? or not x.indisunique and not x.indisprimary)
				order by i.tablename, i.indexname""", names, keys).forEach(r -> {
			statements.add(r.get(1, String.class));
			dsl.execute("drop index " + DSL.quotedName(r.get(0, String.class)));
		});
		statements.addAll(foreignKeysBack); // once the keys they refer to are back
		return statements;
	}

	/** An index's or key's statement, for a progress line: its name and table (the statement when not recognized). */
	private static final Pattern INDEX = Pattern.compile("^CREATE (?:UNIQUE )?INDEX (\\S+) ON (?:ONLY )?(?:\\w+\\.)?(\\S+)");

	private static final Pattern KEY = Pattern.compile("^alter table (\\S+) add constraint (\\S+)");

	/**
	 * Builds again what {@link #drop} dropped, one after the other, each announced to {@code progress} before it
	 * starts ("Chỉ mục 3/19: member_event_member (member_event)"): the builds of a national load take minutes.
	 */
	static void build(DSLContext dsl, List<String> statements, Consumer<String> progress) {
		if (statements.isEmpty()) {
			return;
		}
		// at least 512 MB for the sorts of the builds; a server tuned higher (README: 1 GB) keeps its own
		dsl.resultQuery("""
				select set_config('maintenance_work_mem', '512MB', true) from pg_settings
				where name = 'maintenance_work_mem' and setting::bigint < 512 * 1024""").fetch();
		for (int i = 0; i < statements.size(); i++) {
			progress.accept(described(statements.get(i), (i + 1) + "/" + statements.size()));
			dsl.execute(statements.get(i));
		}
	}

	/** "Khóa 5/19: member_event_pkey (member_event)" or "Chỉ mục …" for the statement; the statement if not recognized. */
	private static String described(String statement, String position) {
		Matcher index = INDEX.matcher(statement);
		if (index.find()) {
			return "Chỉ mục " + position + ": " + unquoted(index.group(1)) + " (" + unquoted(index.group(2)) + ")";
		}
		Matcher key = KEY.matcher(statement);
		return key.find() ? "Khóa " + position + ": " + unquoted(key.group(2)) + " (" + unquoted(key.group(1)) + ")"
				: position + ": " + statement;
	}

	private static String unquoted(String name) {
		return name.replace("\"", "");
	}

}
