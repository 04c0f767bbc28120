package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A query rendered once runs with new values as the query built anew would: the same rows, its values bound with
 * their parameters' types and converters, a name used twice given its value at both places, its constants kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RenderedQueryIntegrationTests {

	enum Kind {

		OFFICIAL, PROBATIONARY

	}

	static final Table<Record> STAY = DSL.table(DSL.name("rq_stay"));

	static final Field<Long> ID = DSL.field(DSL.name("rq_stay", "id"), SQLDataType.BIGINT);

	static final Field<String> NAME = DSL.field(DSL.name("rq_stay", "name"), SQLDataType.VARCHAR);

	static final Field<Kind> KIND = DSL.field(DSL.name("rq_stay", "kind"),
			SQLDataType.VARCHAR.asConvertedDataType(new EnumConverter<>(String.class, Kind.class)));

	static final Field<LocalDate> FROM = DSL.field(DSL.name("rq_stay", "valid_from"), SQLDataType.LOCALDATE);

	static final Field<LocalDate> TO = DSL.field(DSL.name("rq_stay", "valid_to"), SQLDataType.LOCALDATE);

	/** The stay with the next id, joined to each: its name has the same column name as the stay's. */
	static final Table<Record> NEXT = DSL.table(DSL.name("rq_stay")).as("next");

	static final Field<String> NEXT_NAME = DSL.field(DSL.name("next", "name"), SQLDataType.VARCHAR);

	static final Field<Long> NEXT_ID = DSL.field(DSL.name("next", "id"), SQLDataType.BIGINT);

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	/** The stays valid on a date, of a kind, other than one name; the date's parameter is used twice. */
	private Select<?> query(Object date, Object kind) {
		Field<LocalDate> on = date instanceof LocalDate d ? DSL.val(d) : DSL.param("on", SQLDataType.LOCALDATE);
		Field<Kind> of = kind instanceof Kind k ? DSL.val(k, KIND.getDataType()) : DSL.param("kind", KIND.getDataType());
		return dsl.select(ID, NAME, KIND, FROM, NEXT_NAME)
			.from(STAY)
			.leftJoin(NEXT).on(NEXT_ID.eq(ID.plus(1)))
			.where(FROM.le(on))
			.and(TO.gt(on))
			.and(KIND.eq(of))
			.and(NAME.ne("Nguyễn Văn 'Ngoặc'"))
			.orderBy(NAME.collate("vi-VN-x-icu"), ID)
			.limit(3);
	}

	@Test
	void runsWithNewValuesAsTheQueryBuiltAnewWould() {
		inScratchTable(() -> {
			RenderedQuery rendered = RenderedQuery.of(dsl, query(null, null));
			assertThat(rendered.names()).containsExactlyInAnyOrder("on", "kind");
			// the date twice, the kind once; the constants written in (the quote doubled), not bound
			assertThat(rendered.toString()).containsOnlyOnce("'Nguyễn Văn ''Ngoặc'''").containsOnlyOnce("fetch next 3 rows only");
			assertThat(rendered.toString().chars().filter(c -> c == '?').count()).isEqualTo(3);
			for (LocalDate on : List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29),
					LocalDate.of(2024, 6, 30), LocalDate.of(2030, 1, 1))) {
				for (Kind kind : Kind.values()) {
					var once = rendered.fetch(dsl, Map.of("on", on, "kind", kind));
					var anew = query(on, kind).fetch();
					assertThat(once.map(RenderedQueryIntegrationTests::read)).as("%s, %s", on, kind)
						.isEqualTo(anew.map(RenderedQueryIntegrationTests::read));
				}
			}
			// the rows themselves, so that equality above is not of two empty results
			var stays = rendered.fetch(dsl, Map.of("on", LocalDate.of(2020, 2, 29), "kind", Kind.OFFICIAL));
			assertThat(stays.map(r -> r.get(NAME))).containsExactly("Anh", "Ánh", "Ba");
			assertThat(stays.get(0).get(KIND)).isEqualTo(Kind.OFFICIAL);
			// each column read from its own table, though two have its name
			assertThat(stays.map(r -> r.get(NEXT_NAME))).containsExactly("Bình", "Anh", "Ánh");
			assertThat(rendered.fetch(dsl, Map.of("on", LocalDate.of(2020, 2, 29), "kind", Kind.PROBATIONARY))
				.map(r -> r.get(NAME))).containsExactly("Chi");
			// the same by the names given in turn
			assertThat(rendered.fetch(dsl, "kind", Kind.PROBATIONARY, "on", LocalDate.of(2020, 2, 29)).map(r -> r.get(NAME)))
				.containsExactly("Chi");
			// a null binds as the query's own would: no row equals it
			Map<String, Object> none = new HashMap<>();
			none.put("on", null);
			none.put("kind", Kind.OFFICIAL);
			assertThat(rendered.fetch(dsl, none)).isEmpty();
			assertThat(rendered.fetch(dsl, "on", null, "kind", Kind.OFFICIAL)).isEmpty();
		});
	}

	private static List<Object> read(Record r) {
		return java.util.Arrays.asList(r.get(ID), r.get(NAME), r.get(KIND), r.get(FROM), r.get(NEXT_NAME));
	}

	@Test
	void refusesAQueryThatDoesNotNameTheFieldsItReads() {
		assertThatThrownBy(() -> RenderedQuery.of(dsl, dsl.selectFrom(STAY).where(ID.eq(DSL.param("id", ID.getDataType())))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("names the fields");
	}

	@Test
	void refusesAParameterWhoseNameIsNotAWord() {
		assertThatThrownBy(() -> RenderedQuery.of(dsl, dsl.select(ID).from(STAY).where(NAME.eq(DSL.param("member-no", NAME.getDataType())))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("letters, digits and _");
	}

	@Test
	void refusesARunWithoutTheValueOfEveryNameOrWithAnother() {
		RenderedQuery rendered = RenderedQuery.of(dsl, query(null, null));
		assertThatThrownBy(() -> rendered.fetch(dsl, Map.of("on", LocalDate.of(2020, 1, 1))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("[kind, on]");
		assertThatThrownBy(
				() -> rendered.fetch(dsl, Map.of("on", LocalDate.of(2020, 1, 1), "kind", Kind.OFFICIAL, "other", 1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("other");
	}

	private void inScratchTable(Runnable test) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly(); // the scratch table goes with the test
			dsl.execute("""
					create table rq_stay (id bigint primary key, name varchar not null, kind varchar not null,
					  valid_from date not null, valid_to date not null)""");
			dsl.execute("""
					insert into rq_stay values
					  (1, 'Ba', 'OFFICIAL', '2020-01-01', '2021-01-01'),
					  (2, 'Ánh', 'OFFICIAL', '2020-02-29', '2020-03-01'),
					  (3, 'Anh', 'OFFICIAL', '2019-01-01', '9999-12-31'),
					  (4, 'Bình', 'OFFICIAL', '2020-01-01', '2020-12-31'),
					  (5, 'Chi', 'PROBATIONARY', '2020-01-01', '2020-12-31'),
					  (6, 'Nguyễn Văn ''Ngoặc''', 'OFFICIAL', '2000-01-01', '9999-12-31'),
					  (7, 'Dũng', 'OFFICIAL', '2020-03-01', '2024-07-01')""");
			test.run();
		});
	}

}
