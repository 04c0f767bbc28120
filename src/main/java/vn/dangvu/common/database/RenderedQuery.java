package vn.dangvu.common.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;

/**
 * A query whose SQL jOOQ renders once, when it is built, and that then runs with new values as often as asked: for
 * the statements every page runs (the user of each request, the member page's reads), which jOOQ otherwise builds and
 * renders anew each time — 8.8 % of the member page's JVM time under load, the same SQL every time (05/12).
 * <p>
 * The query is written with jOOQ as usual, each value that changes from run to run a named parameter
 * ({@code DSL.param("memberNo", String.class)}); a name may appear several times, and gets its one value at each
 * place. The other values (constants, a limit) are written into the SQL. A run gives the value of each name (a null
 * too) and gets the records with the fields of the query's select clause, so that {@code record.get(TABLE.COLUMN)}
 * reads them as before; each value is bound as its parameter's data type's JDBC type, after that type's converter
 * (an enum as its text), as the query itself would bind it.
 */
public final class RenderedQuery {

	/** The names' marker in the SQL rendered with them, before each becomes a {@code ?}. */
	private static final String MARKER = "$rendered_query$";

	private static final Pattern NAMED = Pattern.compile(Pattern.quote(MARKER) + "(\\w+)");

	private final String sql;

	private final Field<?>[] fields;

	/** The name of each placeholder of the SQL, in their order. */
	private final String[] placeholders;

	private final Map<String, DataType<?>> types;

	private RenderedQuery(String sql, Field<?>[] fields, String[] placeholders, Map<String, DataType<?>> types) {
		this.sql = sql;
		this.fields = fields;
		this.placeholders = placeholders;
		this.types = types;
	}

	/**
	 * Renders the query for the database of {@code dsl}.
	 * @throws IllegalArgumentException when the query does not name the fields it selects (a {@code select *}), or a
	 *     parameter's name is not a word
	 */
	public static RenderedQuery of(DSLContext dsl, Select<?> query) {
		// the select's own fields, not fields(): those are of the select as a derived table (another alias), and the
		// records would find a column by name only — ambiguously when two tables have it (logged at every read)
		Field<?>[] fields = query.getSelect().toArray(Field<?>[]::new);
		if (fields.length == 0) {
			throw new IllegalArgumentException("a rendered query names the fields it reads: " + query);
		}
		// the named parameters with a marker, every other value written in: a constant stays what it was built with
		String named = DSL
			.using(dsl.configuration()
				.derive(SettingsTools.clone(dsl.settings()).withRenderNamedParamPrefix(MARKER)))
			.renderNamedOrInlinedParams(query);
		List<String> order = new ArrayList<>();
		Matcher m = NAMED.matcher(named);
		StringBuilder sql = new StringBuilder(named.length());
		while (m.find()) {
			order.add(m.group(1));
			m.appendReplacement(sql, "?");
		}
		m.appendTail(sql);
		Map<String, DataType<?>> types = new HashMap<>();
		for (String name : order) {
			Param<?> param = query.getParams().get(name);
			if (param == null) {
				// a name that is not a word (the marker ends at its first other character)
				throw new IllegalArgumentException("a parameter's name is letters, digits and _: " + named);
			}
			types.put(name, param.getDataType());
		}
		return new RenderedQuery(sql.toString(), fields.clone(), order.toArray(String[]::new), Map.copyOf(types));
	}

	/** The names whose values a run needs. */
	public Set<String> names() {
		return types.keySet();
	}

	/** {@link #fetch(DSLContext, Map)} of a query with one name, its value null too. */
	public Result<Record> fetch(DSLContext dsl, String name, Object value) {
		Map<String, Object> values = new HashMap<>(2);
		values.put(name, value);
		return fetch(dsl, values);
	}

	/** {@link #fetch(DSLContext, Map)} of a query with two names, their values null too. */
	public Result<Record> fetch(DSLContext dsl, String name, Object value, String other, Object otherValue) {
		Map<String, Object> values = new HashMap<>(4);
		values.put(name, value);
		values.put(other, otherValue);
		return fetch(dsl, values);
	}

	/**
	 * Runs the query with a value for each name (in the caller's transaction, if any): the SQL goes to JDBC as it is,
	 * each value bound as its parameter's data type's database value, and jOOQ reads the rows into records of the
	 * query's fields. Given to jOOQ as a query of plain SQL, the SQL was scanned for its placeholders and rendered
	 * again at every run: 4 % of a member page's JVM samples under load, and 1 % binding the values (06/12).
	 * @throws IllegalArgumentException when a name lacks its value or a value names no parameter
	 */
	public Result<Record> fetch(DSLContext dsl, Map<String, ?> values) {
		if (!values.keySet().equals(types.keySet())) {
			throw new IllegalArgumentException("the values of " + new TreeSet<>(types.keySet()) + " are needed, not of "
					+ new TreeSet<>(values.keySet()));
		}
		return dsl.connectionResult(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < placeholders.length; i++) {
					DataType<?> type = types.get(placeholders[i]);
					statement.setObject(i + 1, databaseValue(type, values.get(placeholders[i])), type.getSQLType());
				}
				try (ResultSet rows = statement.executeQuery()) {
					return dsl.fetch(rows, fields);
				}
			}
		});
	}

	/** The value as the database takes it: through the data type's converter, if it has one. */
	@SuppressWarnings("unchecked")
	private static Object databaseValue(DataType<?> type, Object value) {
		return ((Converter<Object, Object>) type.getConverter()).to(value);
	}

	/** The SQL run, with a {@code ?} for each value. */
	@Override
	public String toString() {
		return sql;
	}

}
