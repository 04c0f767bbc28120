package vn.dangvu.common.database;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, sent in pieces of a few megabytes so that a load
 * of any size needs only that much memory (ARCHITECTURE.md data principle 5: COPY for bulk loads). One instance per
 * table; runs on the connection of the caller's transaction. A piece that fills up is sent in the background by its
 * {@link CopyLane} while the caller prepares the next rows; the rows are in the table once {@link #flush()} or
 * {@link #close()} has returned.
 */
public final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 4 << 20;

	private final CopyLane lane;

	private final String sql;

	/** Grows to a piece as rows come: a COPY of a few rows (a restructuring's periods) does not take megabytes. */
	private final StringBuilder buffer = new StringBuilder(1 << 16);

	private long rows;

	private boolean rowStarted;

	/**
	 * A COPY in a lane of its own.
	 * @param sql the {@code copy table (columns) from stdin} statement (text format: no options)
	 */
	public CopyRows(DSLContext dsl, String sql) {
		this.lane = new CopyLane(dsl);
		this.sql = sql;
	}

	CopyRows(CopyLane lane, String sql) {
		this.lane = lane;
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

	/** Ends the current row; hands what has gathered to the lane when it is large. */
	public void endRow() {
		buffer.append('\n');
		rowStarted = false;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			lane.handOverUpTo(this);
		}
	}

	/** The rows added so far. */
	public long rows() {
		return rows;
	}

	/** Sends what has gathered (and what the COPYs opened before it in its lane have) and waits until it is in. */
	public void flush() {
		lane.handOverUpTo(this);
		lane.await();
	}

	/** Hands the gathered whole rows to the lane, to be sent in the background (a row being added waits). */
	void handOver() {
		int end = rowStarted ? buffer.lastIndexOf("\n") + 1 : buffer.length();
		if (end == 0) {
			return;
		}
		byte[] bytes = buffer.substring(0, end).getBytes(StandardCharsets.UTF_8);
		buffer.delete(0, end);
		lane.send(sql, bytes);
	}

	@Override
	public void close() {
		flush();
	}

}
