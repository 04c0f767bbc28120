package vn.dangvu.member.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.BiConsumer;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.postgresql.jdbc.PgConnection;

import vn.dangvu.common.database.CopyLane;
import vn.dangvu.common.database.CopyRows;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberFile;

/**
 * The staging tables of a streaming import: the rows of members.csv and member_events.csv, with their lines, copied as
 * they are read into temporary tables of the import's transaction (never logged, dropped at its end), so that the
 * checks across rows are SQL and the histories can be read back member by member in bounded memory.
 */
public final class HistoryStage implements AutoCloseable {

	/** The columns of {@link #files()}: the file (1–11, its line first), then its recorded id (12). */
	public static final int FILE_LINE = 1;

	public static final int RECORDED_ID = 12;

	/** Where the event begins in a row of {@link #eventsOfFiles()}, after its file's line (1): its line, type… */
	public static final int EVENT_OF_FILE = 2;

	/**
	 * Where the event begins in a row of {@link #eventsOfRecordedMembers()}, after the recorded id (1) and the member
	 * number (2): its line, type…
	 */
	public static final int EVENT_OF_RECORDED = 3;

	/** Blocks of a staged table read at once by {@link #filesInBlocks}: 2 MB, some 15,000–25,000 rows. */
	private static final int BLOCKS_AT_ONCE = 256;

	private final DSLContext dsl;

	private final CopyLane lane;

	private final CopyRows files;

	private final CopyRows events;

	public HistoryStage(DSLContext dsl) {
		this.dsl = dsl;
		this.lane = new CopyLane(dsl);
		dsl.execute("drop table if exists import_member_file, import_member_event");
		dsl.execute("""
				create temporary table import_member_file (line bigint, member_no text, full_name text, gender text,
				  birth_date date, ethnicity text, religion text, education text, professional_level text,
				  political_theory text, card_no text) on commit drop""");
		dsl.execute("""
				create temporary table import_member_event (line bigint, member_no text, type text, effective_on date,
				  org_code text, decision_no text, decision_date date, detail text) on commit drop""");
		// the sorts and hashes below are over the whole files: give them room (this transaction only)
		dsl.execute("set local work_mem = '256MB'");
		this.files = lane.copy("copy import_member_file from stdin");
		this.events = lane.copy("copy import_member_event from stdin");
	}

	/**
	 * The lane of this import's connection: the staging COPYs, then the reading back of the staged rows and the
	 * member tables' COPYs (every COPY of the connection in one lane).
	 */
	public CopyLane lane() {
		return lane;
	}

	public void file(long line, MemberFile f) {
		files.cell(line).cell(f.memberNo()).cell(f.fullName()).cell(f.gender() == null ? null : f.gender().name())
			.cell(f.birthDate()).cell(f.ethnicity()).cell(f.religion()).cell(f.education())
			.cell(f.professionalLevel() == null ? null : f.professionalLevel().name())
			.cell(f.politicalTheory() == null ? null : f.politicalTheory().name()).cell(f.cardNo()).endRow();
	}

	public void event(long line, String memberNo, LedgerEvent e) {
		events.cell(line).cell(memberNo).cell(e.type().name()).cell(e.effectiveOn()).cell(e.orgCode())
			.cell(e.decisionNo()).cell(e.decisionDate()).cell(e.detail()).endRow();
	}

	/** Sends the last rows and lets the planner see how many there are. */
	public void staged() {
		files.close();
		events.close();
		dsl.execute("analyze import_member_file");
		dsl.execute("analyze import_member_event");
	}

	/**
	 * Rows of members.csv whose number an earlier row already has, as (line, member number, first line); they are
	 * left out from here on.
	 */
	public void duplicateFiles(java.util.function.Consumer<Record> duplicate) {
		// one statement that removes them and answers them (a select, then a delete, grouped the staged files twice)
		dsl.resultQuery("""
				with removed as (
				  delete from import_member_file f using
				    (select member_no, min(line) as first from import_member_file group by member_no having count(*) > 1) d
				  where d.member_no = f.member_no and f.line > d.first
				  returning f.line, f.member_no, d.first)
				select line, member_no, first from removed order by line""")
			.forEach(duplicate);
	}

	/**
	 * Rows of members.csv whose card number belongs to another file: to an earlier row, or to another member
	 * recorded already; as (line, card number).
	 */
	public void takenCards(BiConsumer<Long, String> taken) {
		dsl.resultQuery("""
				select f.line, f.card_no from import_member_file f
				join (select card_no, min(line) as first from import_member_file where card_no is not null
				      group by card_no having count(*) > 1) d on d.card_no = f.card_no
				where f.line > d.first
				union
				select f.line, f.card_no from import_member_file f join member m on m.card_no = f.card_no
				where m.member_no <> f.member_no
				order by 1""")
			.forEach(r -> taken.accept(r.get(0, Long.class), r.get(1, String.class)));
	}

	/** Rows of member_events.csv for a number neither in members.csv nor recorded, as (line, member number). */
	public void unknownMembers(BiConsumer<Long, String> unknown) {
		try (Cursor<Record> cursor = dsl.resultQuery("""
				select e.line, e.member_no from import_member_event e
				where not exists (select 1 from import_member_file f where f.member_no = e.member_no)
				  and not exists (select 1 from member m where m.member_no = e.member_no)
				order by e.line""").fetchSize(10_000).fetchLazy()) {
			cursor.forEach(r -> unknown.accept(r.get(0, Long.class), r.get(1, String.class)));
		}
	}

	/**
	 * The files of members.csv in file order, each with its recorded id (null when new); their events come from
	 * {@link #eventsOfFiles()} in the same order. Two cursors rather than one row per event with its file's columns: that
	 * sort carried each file on every one of its events (nationally 66.6 million rows, 127–139 s), these two sort 6.5
	 * million files (8 s) and the events with their file's line only (61 s). Read with a server-side cursor of the
	 * driver's own ({@link #open}).
	 */
	public StagedRows files() {
		return open("""
				select f.line, f.member_no, f.full_name, f.gender, f.birth_date, f.ethnicity, f.religion, f.education,
				       f.professional_level, f.political_theory, f.card_no, m.id
				from import_member_file f
				left join member m on m.member_no = f.member_no
				order by f.line""");
	}

	/**
	 * The events of the files of {@link #files()}, by their file's line then their own: (file line, then the event
	 * columns from {@link #EVENT_OF_FILE}).
	 */
	public StagedRows eventsOfFiles() {
		return open("""
				select f.line, e.line, e.type, e.effective_on, e.org_code, e.decision_no, e.decision_date, e.detail
				from import_member_event e join import_member_file f on f.member_no = e.member_no
				order by f.line, e.line""");
	}

	/**
	 * The events of member_events.csv for members recorded earlier and not in members.csv, by member then file order:
	 * (recorded id, member number, then the event columns from {@link #EVENT_OF_RECORDED}).
	 */
	public StagedRows eventsOfRecordedMembers() {
		return open("""
				select m.id, e.member_no, e.line, e.type, e.effective_on, e.org_code, e.decision_no, e.decision_date,
				       e.detail
				from import_member_event e join member m on m.member_no = e.member_no
				where not exists (select 1 from import_member_file f where f.member_no = e.member_no)
				order by e.member_no, e.line""");
	}

	/**
	 * Runs the query on the transaction's connection through the driver alone, read with a server-side cursor: the
	 * rows may be read on another thread (a jOOQ cursor read to its end gives its connection back, which on a thread
	 * without the transaction would close it). Closing the rows closes the statement.
	 */
	private StagedRows open(String sql) {
		return StagedRows.of(dsl.connectionResult(c -> {
			PreparedStatement statement = c.unwrap(PgConnection.class)
				.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
			statement.setFetchSize(10_000);
			statement.closeOnCompletion();
			return statement.executeQuery();
		}));
	}

	/**
	 * {@link #files()} for a first load into member tables emptied anew ({@link #emptyAnewForFrozenLoad}), read with no
	 * cursor left open ({@link StagedRows#inBlocks}): a piece of the staged table's blocks at a time, which one
	 * {@code COPY} wrote in file order (the files given twice since deleted). No file is recorded: the id is null.
	 */
	public StagedRows filesInBlocks() {
		return inBlocks("import_member_file", """
				select f.line, f.member_no, f.full_name, f.gender, f.birth_date, f.ethnicity, f.religion, f.education,
				       f.professional_level, f.political_theory, f.card_no, null::bigint
				from import_member_file f
				where f.ctid >= cast(? as tid) and f.ctid < cast(? as tid)
				order by f.line""");
	}

	/**
	 * {@link #eventsOfFiles()} read with no cursor left open, like {@link #filesInBlocks}: the events are sorted once
	 * into a temporary table written in that order (with their file's line), then read a piece of its blocks at a
	 * time. The staged events are dropped once sorted (nationally a table of 66 million rows; none of the first load's
	 * later reads needs them).
	 */
	public StagedRows eventsOfFilesInBlocks() {
		dsl.execute("""
				create temporary table import_member_event_by_file on commit drop as
				select f.line as file_line, e.line, e.type, e.effective_on, e.org_code, e.decision_no, e.decision_date,
				       e.detail
				from import_member_event e join import_member_file f on f.member_no = e.member_no
				order by f.line, e.line""");
		dsl.execute("drop table import_member_event");
		return inBlocks("import_member_event_by_file", """
				select e.file_line, e.line, e.type, e.effective_on, e.org_code, e.decision_no, e.decision_date, e.detail
				from import_member_event_by_file e
				where e.ctid >= cast(? as tid) and e.ctid < cast(? as tid)
				order by e.file_line, e.line""");
	}

	private StagedRows inBlocks(String table, String select) {
		long blocks = dsl.resultQuery(
				"select pg_relation_size(cast(? as regclass)) / current_setting('block_size')::bigint", table)
			.fetchSingle(0, Long.class);
		return dsl.connectionResult(c -> StagedRows.inBlocks(c.unwrap(PgConnection.class), select, blocks,
				BLOCKS_AT_ONCE));
	}

	/**
	 * Before a first load (no member recorded yet): drops every index and key of the member tables — the files, the
	 * ledger, the periods, the strays and the name words — with the foreign keys of other tables that refer to them,
	 * and answers what builds them again ({@link #recreateIndexes}). Building an index once over loaded rows, and
	 * checking a key once over them, is several times faster than row by row (the unique keys of the files, kept
	 * until 03/12, were a fifth of PostgreSQL's time in a national load). Nothing in a first load looks a member up:
	 * numbers and card numbers are checked in the staging tables, there is no recorded member to read, and the name
	 * words are copied, not read back. The tables are locked until the import's transaction ends.
	 */
	public List<String> dropIndexesForFirstLoad() {
		if (dsl.fetchExists(dsl.selectOne().from("member"))) {
			return List.of();
		}
		return BulkLoadIndexes.drop(dsl, MemberBulkWriter.TABLES, true);
	}

	/**
	 * After {@link #dropIndexesForFirstLoad}: empties the member tables anew ({@code TRUNCATE}) when none has a row, so
	 * that the load can copy its rows frozen into them ({@code COPY … FREEZE} takes only a table created or emptied in
	 * the same transaction), and answers whether it did. The foreign keys that refer to them are dropped already; a
	 * rolled-back import leaves the tables as they were.
	 */
	public boolean emptyAnewForFrozenLoad() {
		String anyRow = String.join(" or ",
				MemberBulkWriter.TABLES.stream().map(t -> "exists (select from " + t + ")").toList());
		if (dsl.resultQuery("select " + anyRow).fetchSingle(0, Boolean.class)) {
			return false;
		}
		dsl.execute("truncate " + String.join(", ", MemberBulkWriter.TABLES));
		return true;
	}

	/** Builds again the indexes {@link #dropIndexesForFirstLoad} dropped, each announced to {@code progress}. */
	public void recreateIndexes(List<String> definitions, java.util.function.Consumer<String> progress) {
		BulkLoadIndexes.build(dsl, definitions, progress);
	}

	/** Lets the planner see the member rows just loaded (ANALYZE in the transaction sees them). */
	public void analyzeMemberTables() {
		dsl.execute("analyze member, member_event, member_period, member_period_stray");
	}

	/** Drops the staging tables (they would go with the transaction anyway). */
	@Override
	public void close() {
		dsl.execute("drop table if exists import_member_file, import_member_event, import_member_event_by_file");
	}

}
