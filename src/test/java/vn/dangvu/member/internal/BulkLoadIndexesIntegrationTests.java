package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.TestDatabases;

/**
 * Indexes and keys dropped before a first load and built again after it: exactly as they were, the foreign keys of
 * other tables included, and a key that the loaded rows break refuses them when it is added again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BulkLoadIndexesIntegrationTests {

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void dropsTheIndexesAndKeysOfTheTablesAndBuildsThemAgainAsTheyWere() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly(); // the scratch tables go with the test
			dsl.execute("create table bl_parent (id bigint primary key, code text unique, name text)");
			dsl.execute("create index bl_parent_name on bl_parent (name)");
			dsl.execute("""
					create table bl_child (id bigint primary key, parent_id bigint references bl_parent (id), day date)""");
			dsl.execute("create index bl_child_day on bl_child (parent_id, day)");
			List<String> before = definitions();
			assertThat(before).hasSize(9);

			// without keys: only the index that no key uses
			List<String> plain = BulkLoadIndexes.drop(dsl, List.of("bl_parent"), false);
			assertThat(plain).singleElement().asString().contains("bl_parent_name");
			assertThat(definitions()).doesNotContain(plain.get(0)).hasSize(8);
			List<String> progress = new ArrayList<>();
			BulkLoadIndexes.build(dsl, plain, progress::add);
			assertThat(definitions()).isEqualTo(before);
			assertThat(progress).containsExactly("Chỉ mục 1/1: bl_parent_name (bl_parent)");

			// with keys: its primary key, unique constraint and index, and the child's foreign key to it; the child's
			// own key and index stay
			List<String> keys = BulkLoadIndexes.drop(dsl, List.of("bl_parent"), true);
			assertThat(keys).hasSize(4);
			assertThat(keys.get(keys.size() - 1)).contains("bl_child").contains("FOREIGN KEY"); // added back last
			assertThat(definitions()).hasSize(3).allSatisfy(d -> assertThat(d).contains("bl_child"));
			dsl.execute("insert into bl_parent values (1, 'a', 'x'), (2, 'b', 'x')");
			dsl.execute("insert into bl_child values (10, 1, date '2025-07-01'), (11, 2, null)");
			progress.clear();
			BulkLoadIndexes.build(dsl, keys, progress::add);
			assertThat(definitions()).isEqualTo(before);
			// each announced before it is built, keys and indexes by name and table, in the order built
			assertThat(progress).containsExactly("Khóa 1/4: bl_parent_code_key (bl_parent)",
					"Khóa 2/4: bl_parent_pkey (bl_parent)", "Chỉ mục 3/4: bl_parent_name (bl_parent)",
					"Khóa 4/4: bl_child_parent_id_fkey (bl_child)");

			// a row that breaks a key dropped for the load: the key refuses it when it comes back
			List<String> again = new ArrayList<>(BulkLoadIndexes.drop(dsl, List.of("bl_parent", "bl_child"), true));
			dsl.execute("insert into bl_child values (12, 3, null)");
			assertThatThrownBy(() -> BulkLoadIndexes.build(dsl, again, line -> {
			})).isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("bl_child_parent_id_fkey");
		});
	}

	/** The builds get at least 512 MB of memory for their sorts; a server (or session) tuned higher keeps its own. */
	@Test
	void raisesTheMemoryOfTheBuildsButNeverLowersIt() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			dsl.execute("create table bl_memory (id bigint primary key)");
			dsl.execute("set local maintenance_work_mem = '64MB'");
			BulkLoadIndexes.build(dsl, BulkLoadIndexes.drop(dsl, List.of("bl_memory"), true), line -> {
			});
			assertThat(dsl.fetchValue("show maintenance_work_mem")).isEqualTo("512MB");

			dsl.execute("set local maintenance_work_mem = '1GB'");
			BulkLoadIndexes.build(dsl, BulkLoadIndexes.drop(dsl, List.of("bl_memory"), true), line -> {
			});
			assertThat(dsl.fetchValue("show maintenance_work_mem")).isEqualTo("1GB");
			// the key itself is back: its index and its constraint
			assertThat(TestDatabases.keysAndIndexes(dsl, "bl\\_memory%")).hasSize(2)
				.anySatisfy(definition -> assertThat(definition).contains("PRIMARY KEY"));
		});
	}

	private List<String> definitions() {
		return TestDatabases.keysAndIndexes(dsl, "bl\\_%");
	}

}
