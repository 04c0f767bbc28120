package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * COPY pieces sent in the background, on the caller's transaction: every row arrives, in order; rows that refer to
 * another table's rows never arrive before them, however the pieces fill; the caller's own statements run between
 * the pieces; a piece that fails is reported by the next flush, and by every call after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CopyLaneIntegrationTests {

	private static final int PARENTS = 20_000;

	private static final int CHILDREN_EACH = 5;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void sendsEveryRowInOrderAndTheRowsReferredToFirst() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly(); // the scratch tables go with the test
			dsl.execute("create table cl_parent (id bigint primary key, n int not null)");
			dsl.execute("""
					create table cl_child (parent_id bigint not null references cl_parent (id), n int not null,
					  detail text not null)""");
			CopyLane lane = new CopyLane(dsl);
			CopyRows parents = lane.copy("copy cl_parent (id, n) from stdin");
			CopyRows children = lane.copy("copy cl_child (parent_id, n, detail) from stdin");
			// a child row is ~20 times a parent's: the children's pieces fill long before the parents' do, and each
			// must wait for the parents gathered so far (the key is checked row by row)
			String detail = "x".repeat(180) + "\t\\ tab and backslash";
			long seen = 0;
			for (int p = 1; p <= PARENTS; p++) {
				parents.cell(1_000_000L + p).cell(p).endRow();
				for (int c = 0; c < CHILDREN_EACH; c++) {
					children.cell(1_000_000L + p).cell(p * CHILDREN_EACH + c).cell(detail).endRow();
				}
				if (p % 5_000 == 0) {
					// the caller's own statement on the connection, while a piece may be on the wire
					seen = dsl.fetchSingle("select count(*) from cl_child").get(0, Long.class);
				}
			}
			assertThat(seen).isLessThanOrEqualTo((long) PARENTS * CHILDREN_EACH);
			lane.flush();

			assertThat(parents.rows()).isEqualTo(PARENTS);
			assertThat(children.rows()).isEqualTo(PARENTS * CHILDREN_EACH);
			assertThat(dsl.fetchSingle("select count(*), bool_and(n = rn) from (select n, row_number() over (order by ctid) as rn from cl_parent) t")
				.intoArray()).containsExactly((long) PARENTS, true);
			assertThat(dsl.fetchSingle("select count(*), bool_and(n = " + CHILDREN_EACH
					+ " + rn - 1) from (select n, row_number() over (order by ctid) as rn from cl_child) t").intoArray())
				.containsExactly((long) PARENTS * CHILDREN_EACH, true);
			assertThat(dsl.fetchSingle("select count(distinct detail) from cl_child").get(0, Long.class)).isOne();
			assertThat(dsl.fetchSingle("select detail from cl_child limit 1").get(0, String.class)).isEqualTo(detail);
		});
	}

	@Test
	void aPieceThatFailsIsReportedByTheNextFlushAndEveryCallAfter() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			dsl.execute("create table cl_day (n int not null, day date not null)");
			CopyRows days = new CopyRows(dsl, "copy cl_day (n, day) from stdin");
			int n = 0;
			// the first piece (of ~4 MB) is good; the second has a day that is not a date
			while (days.rows() < 600_000) {
				days.cell(++n).cell(n == 400_000 ? "2025-02-30" : "2025-02-28").endRow();
			}
			assertThatThrownBy(days::flush).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("copy cl_day")
				.hasMessageContaining("2025-02-30");
			assertThatThrownBy(days::close).isInstanceOf(DataAccessException.class); // and it stays failed
		});
	}

}
