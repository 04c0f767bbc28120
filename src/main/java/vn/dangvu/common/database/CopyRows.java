package vn.dangvu.common.database;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, sent in pieces of a few megabytes so that a load
 * of any size needs only that much memory (ARCHITECTURE.md data principle 5: COPY for bulk loads). One instance per
 * table; {@link #close()} sends the rest. Runs on the connection of the caller's transaction.
 */
public final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 4 << 20;

	private final DSLContext dsl;

	private final String sql;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + (FLUSH_AT >> 2));

	private long rows;

	private boolean rowStarted;

	/**
	 * @param sql the {@code copy table (columns) from stdin} statement (text format: no options)
	 */
	public CopyRows(DSLContext dsl, String sql) {
		this.dsl = dsl;
		this.sql = sql;
	}

	/** Adds one cell to the current row ({@code null} for no value). */
	public CopyRows cell(Object value) {
		if (rowStarted) {
			buffer.append('\t');
		}
		rowStarted = true;
		if (value == null) {
			buffer.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
		return this;
	}

	/** Ends the current row; sends what has gathered when it is large. */
	public void endRow() {
		buffer.append('\n');
		rowStarted = false;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	/** The rows added so far. */
	public long rows() {
		return rows;
	}

	/** Sends what has gathered. */
	public void flush() {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		buffer.setLength(0);
		dsl.connection(connection -> {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		});
	}

	@Override
	public void close() {
		flush();
	}

}
