package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.postgresql.jdbc.PgConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.common.database.CopyRows;

/**
 * Staged rows read in pieces of their table's blocks ({@link StagedRows#inBlocks}): every row once, in the order the
 * table was written, across the pieces' edges, and with no cursor left open between two pieces — a
 * {@code COPY … FREEZE} into a table emptied in the transaction goes through between them, where PostgreSQL refuses
 * it beside a cursor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StagedRowsIntegrationTests {

	private static final String PIECE = """
			select line, word from sr_staged where ctid >= cast(? as tid) and ctid < cast(? as tid) order by line""";

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void readsEveryRowOnceInOrderAPieceOfBlocksAtATimeWithNoCursorOpenBetweenThem() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly(); // the scratch tables go with the test
			// 5,000 rows written in the order of their line (about 185 to a block: 28 blocks)
			dsl.execute("""
					create temporary table sr_staged on commit drop as
					select g as line, repeat('x', 10 + g % 7) as word from generate_series(1, 5000) g order by g""");
			dsl.execute("create table sr_loaded (line bigint, word text)"); // created in the transaction: may be frozen
			long blocks = dsl.resultQuery("select pg_relation_size('sr_staged') / current_setting('block_size')::bigint")
				.fetchSingle(0, Long.class);
			assertThat(blocks).isGreaterThan(10);

			List<Long> read = new ArrayList<>();
			try (StagedRows rows = StagedRows.inBlocks(connection(), PIECE, blocks, 3)) {
				while (rows.next()) {
					read.add(rows.row().getLong(1));
					if (read.size() % 1000 == 0) { // between two pieces, and within one
						try (CopyRows copy = new CopyRows(dsl, "copy sr_loaded from stdin with (freeze)")) {
							copy.cell(rows.row().getLong(1)).cell(rows.row().getString(2)).endRow();
						}
					}
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			assertThat(read).hasSize(5000).isSorted().doesNotHaveDuplicates().startsWith(1L).endsWith(5000L);
			assertThat(dsl.fetchValue("select count(*) from sr_loaded")).isEqualTo(5L);

			// the same COPY beside a cursor of the driver's: refused, as the pieces avoid
			assertThatThrownBy(() -> {
				try (StagedRows cursor = StagedRows.of(cursor("select line from sr_staged order by line"))) {
					assertThat(cursor.next()).isTrue();
					try (CopyRows copy = new CopyRows(dsl, "copy sr_loaded from stdin with (freeze)")) {
						copy.cell(1L).cell("y").endRow();
					}
				}
			}).hasMessageContaining("cannot perform COPY FREEZE because of prior transaction activity");
		});
	}

	@Test
	void readsNothingFromAnEmptyTable() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			dsl.execute("create temporary table sr_staged (line bigint, word text) on commit drop");
			try (StagedRows rows = StagedRows.inBlocks(connection(), PIECE, 0, 3)) {
				assertThat(rows.next()).isFalse();
				assertThat(rows.next()).isFalse();
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private PgConnection connection() {
		return dsl.connectionResult(c -> c.unwrap(PgConnection.class));
	}

	private java.sql.ResultSet cursor(String sql) throws SQLException {
		var statement = connection().prepareStatement(sql);
		statement.setFetchSize(100);
		statement.closeOnCompletion();
		return statement.executeQuery();
	}

}
