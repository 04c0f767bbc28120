package vn.dangvu.member.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Staged rows read back in order ({@link HistoryStage}): through a server-side cursor, or in pieces of a table's
 * blocks, each read by a statement of its own to its end, so that no cursor stays open between them (PostgreSQL
 * refuses {@code COPY … FREEZE} while one is open in the transaction: "cannot perform COPY FREEZE because of prior
 * transaction activity").
 */
public interface StagedRows extends AutoCloseable {

	/** Moves to the next row; false after the last. */
	boolean next() throws SQLException;

	/** The columns of the row {@link #next} moved to, valid until the next call. */
	ResultSet row();

	@Override
	void close() throws SQLException;

	/** The rows of a result set read with a cursor; closing them closes it. */
	static StagedRows of(ResultSet cursor) {
		return new StagedRows() {

			@Override
			public boolean next() throws SQLException {
				return cursor.next();
			}

			@Override
			public ResultSet row() {
				return cursor;
			}

			@Override
			public void close() throws SQLException {
				cursor.close();
			}

		};
	}

	/**
	 * The rows of a table read {@code blocksAtOnce} blocks at a time in the order of its blocks, by {@code select}
	 * ({@code ?} twice: from which tuple id, and before which) — each piece read whole before the next is asked. For a
	 * table written in the order wanted, in one go ({@code create table … as select … order by}, or one {@code COPY}),
	 * whose blocks are then in that order.
	 */
	static StagedRows inBlocks(Connection connection, String select, long blocks, int blocksAtOnce)
			throws SQLException {
		return new InBlocks(connection.prepareStatement(select), blocks, blocksAtOnce);
	}

	final class InBlocks implements StagedRows {

		private final PreparedStatement statement;

		private final long blocks;

		private final int blocksAtOnce;

		private long from;

		private ResultSet piece;

		InBlocks(PreparedStatement statement, long blocks, int blocksAtOnce) {
			this.statement = statement;
			this.blocks = blocks;
			this.blocksAtOnce = blocksAtOnce;
		}

		@Override
		public boolean next() throws SQLException {
			while (piece == null || !piece.next()) {
				if (piece != null) {
					piece.close();
					piece = null;
				}
				if (from >= blocks) {
					return false;
				}
				long to = from + blocksAtOnce;
				statement.setString(1, "(" + from + ",0)");
				statement.setString(2, "(" + to + ",0)");
				piece = statement.executeQuery(); // no fetch size: read whole, the statement's portal done with
				from = to;
			}
			return true;
		}

		@Override
		public ResultSet row() {
			return piece;
		}

		@Override
		public void close() throws SQLException {
			statement.close();
		}

	}

}
