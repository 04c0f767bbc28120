package vn.dangvu.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.exception.DataAccessException;

import vn.dangvu.common.database.CopyLane;
import vn.dangvu.member.internal.HistoryStage;
import vn.dangvu.member.internal.StagedRows;

/**
 * A streaming import of member histories (members.csv and member_events.csv) in the caller's transaction, in memory
 * that does not grow with the files: rows are copied into staging tables as they are read; {@link #finish} then makes
 * the checks across rows in SQL (numbers given twice, card numbers taken, events of unknown members), reads the
 * histories back member by member in file order, judges each with {@link LedgerPolicy} exactly as
 * {@link MemberHistories#importHistories} does, and loads what is new with COPY in chunks — as long as no error has
 * been found. Whoever started it rolls the transaction back when there was an error.
 */
public final class HistoryStaging {

	private static final int CHUNK = 2_000;

	private static final int PROGRESS_EVERY = 100_000;

	/** A load this large changes the member tables' statistics enough to ANALYZE them at once. */
	private static final int LARGE_LOAD_EVENTS = 100_000;

	/** A problem at a line of members.csv ({@code ofEvent} false) or of member_events.csv; line 0: a recorded event. */
	public record LineProblem(boolean ofEvent, long line, FieldProblem problem, boolean warning) {
	}

	/** What the import found and did. */
	public record Result(int newFiles, int presentFiles, int newEvents, int presentEvents, boolean hasErrors) {
	}

	private final MemberHistories histories;

	private final HistoryStage stage;

	private long files;

	private long events;

	HistoryStaging(MemberHistories histories, HistoryStage stage) {
		this.histories = histories;
		this.stage = stage;
	}

	/** A row of members.csv whose cells are valid. */
	public void file(long line, MemberFile file) {
		stage.file(line, file);
		files++;
	}

	/** A row of member_events.csv whose cells are valid. */
	public void event(long line, String memberNo, LedgerEvent event) {
		stage.event(line, memberNo, event);
		events++;
	}

	public long files() {
		return files;
	}

	public long events() {
		return events;
	}

	/**
	 * Checks every staged history and, when {@code write} and no error is found, loads what is new; every problem
	 * goes to {@code problems} as it is found. Drops the staging tables.
	 */
	public Result finish(boolean write, Consumer<LineProblem> problems, Consumer<String> progress) {
		Run run = new Run(problems, progress);
		try {
			stage.staged();
			stage.duplicateFiles(r -> run.error(false, r.get(0, Long.class), FieldProblem.of("member_no",
					"Số hồ sơ " + r.get(1, String.class) + " đã có ở dòng " + r.get(2, Long.class) + ".")));
			stage.takenCards((line, card) -> run.error(false, line, MemberHistories.cardTaken(card)));
			stage.unknownMembers((line, no) -> run.error(true, line, FieldProblem.of("member_no",
					"Không có hồ sơ đảng viên số " + no + " trong members.csv hay trong cơ sở dữ liệu.")));
			List<String> dropped = write && !run.errors ? stage.dropIndexesForFirstLoad() : List.of();
			boolean firstLoad = !dropped.isEmpty();
			// a first load copies its rows frozen into the member tables emptied anew: autovacuum then has little to
			// do after it, and index-only scans work at once; the staged rows are then read with no cursor left open
			boolean frozen = firstLoad && stage.emptyAnewForFrozenLoad();
			run.start(write, frozen);
			if (frozen) {
				run.read(stage.filesInBlocks(), stage.eventsOfFilesInBlocks());
			}
			else {
				run.read(stage.files(), stage.eventsOfFiles());
			}
			if (!firstLoad) { // a first load has no recorded member to add events to
				run.read(null, stage.eventsOfRecordedMembers());
			}
			run.end();
			if (firstLoad && !run.errors) {
				progress.accept("Đang lập lại " + dropped.size() + " chỉ mục và khóa của bảng đảng viên");
				stage.recreateIndexes(dropped, progress); // with errors, the transaction is rolled back: the drop with it
			}
			if (!run.errors && (firstLoad || run.newEvents > LARGE_LOAD_EVENTS)) {
				// the planner's statistics of a table just filled: without them the first reports on a national load
				// chose plans for empty tables (a province's summary took 50 s while autovacuum had not yet come by)
				stage.analyzeMemberTables();
			}
			if (!run.errors && run.writing()) {
				histories.addLoadedToStatistics(progress);
			}
			return new Result(run.newFiles, run.presentFiles, run.newEvents, run.presentEvents, run.errors);
		}
		finally {
			stage.close();
		}
	}

	/** One member being read back: the file, its recorded id, its events with their lines. */
	private static final class Pending {

		final MemberFile file;

		final long fileLine;

		final Long id;

		final List<LedgerEvent> events = new ArrayList<>();

		final Map<LedgerEvent, Long> lines = new IdentityHashMap<>();

		Pending(MemberFile file, long fileLine, Long id) {
			this.file = file;
			this.fileLine = fileLine;
			this.id = id;
		}

	}

	/**
	 * Reads staged rows, grouped by member, in chunks read ahead by the lane's thread while the caller judges and writes
	 * the chunks before (reading and decoding the rows was about half of the Java time of a province's judging and
	 * writing). The reads take their turn in the lane with the COPY pieces: one thread does all the background work
	 * on the connection.
	 */
	private static final class Reader implements AutoCloseable {

		private static final int AHEAD = 2;

		private final CopyLane lane;

		/** The files in file order ({@link HistoryStage#files}), or null: the events of recorded members alone. */
		private final StagedRows files;

		private final StagedRows events;

		private final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<List<Pending>>> ahead =
				new java.util.ArrayDeque<>();

		/** The recorded member being read, carried from one chunk to the next (touched by the lane's reads only). */
		private Pending current;

		private String currentNo;

		/** Whether {@link #events} is on a row not yet taken: an event of a later file. */
		private boolean eventHeld;

		private boolean eventsEnded;

		private boolean ended;

		private volatile boolean stopped;

		Reader(CopyLane lane, StagedRows files, StagedRows events) {
			this.lane = lane;
			this.files = files;
			this.events = events;
			for (int i = 0; i < AHEAD; i++) {
				ahead.add(lane.submit(this::readChunk));
			}
		}

		/** The next chunk of members, or null after the last one. */
		List<Pending> next() {
			var next = ahead.poll();
			List<Pending> chunk = next == null ? List.of() : lane.result(next);
			if (chunk.isEmpty()) {
				return null;
			}
			ahead.add(lane.submit(this::readChunk));
			return chunk;
		}

		/** Reads up to {@link #CHUNK} members (empty at the end); on the lane's thread. */
		private List<Pending> readChunk() throws SQLException {
			List<Pending> chunk = new ArrayList<>(CHUNK);
			if (!ended && !stopped) {
				if (files != null) {
					readFiles(chunk);
				}
				else {
					readRecorded(chunk);
				}
			}
			return chunk;
		}

		/** Files, each with the events that follow it in {@link #events}: both are in the order of the file's line. */
		private void readFiles(List<Pending> chunk) throws SQLException {
			while (chunk.size() < CHUNK) {
				if (!files.next()) {
					ended = true;
					return;
				}
				Pending file = new Pending(file(files.row()), files.row().getLong(HistoryStage.FILE_LINE),
						files.row().getObject(HistoryStage.RECORDED_ID, Long.class));
				while (eventAhead()) {
					long of = events.row().getLong(1);
					if (of > file.fileLine) {
						break; // held for its file
					}
					if (of < file.fileLine) {
						throw new IllegalStateException("staged event of line " + events.row().getLong(HistoryStage.EVENT_OF_FILE)
								+ " read after its file, line " + of);
					}
					addEvent(file, HistoryStage.EVENT_OF_FILE);
					eventHeld = false;
				}
				chunk.add(file);
			}
		}

		/** Whether {@link #events} is on a row to take: the one held, or the next. */
		private boolean eventAhead() throws SQLException {
			if (!eventHeld && !eventsEnded) {
				eventHeld = events.next();
				eventsEnded = !eventHeld;
			}
			return eventHeld;
		}

		/** Events of recorded members, grouped by member number. */
		private void readRecorded(List<Pending> chunk) throws SQLException {
			while (events.next()) {
				String no = events.row().getString(2);
				if (current == null || !no.equals(currentNo)) {
					Pending done = current;
					currentNo = no;
					current = new Pending(null, 0, events.row().getLong(1));
					addEvent(current, HistoryStage.EVENT_OF_RECORDED);
					if (done != null) {
						chunk.add(done);
						if (chunk.size() >= CHUNK) {
							return;
						}
					}
				}
				else {
					addEvent(current, HistoryStage.EVENT_OF_RECORDED);
				}
			}
			ended = true;
			if (current != null) {
				chunk.add(current);
				current = null;
			}
		}

		/** Adds the event of {@link #events}' row, whose columns begin at {@code e}, to the member's. */
		private void addEvent(Pending member, int e) throws SQLException {
			ResultSet row = events.row();
			LedgerEvent event = new LedgerEvent(MemberEventType.valueOf(row.getString(e + 1)),
					row.getObject(e + 2, LocalDate.class), row.getString(e + 3), row.getString(e + 4),
					row.getObject(e + 5, LocalDate.class), row.getString(e + 6));
			member.events.add(event);
			member.lines.put(event, row.getLong(e));
		}

		private static MemberFile file(ResultSet rows) throws SQLException {
			String professional = rows.getString(9);
			String theory = rows.getString(10);
			return new MemberFile(rows.getString(2), rows.getString(3), Gender.valueOf(rows.getString(4)),
					rows.getObject(5, LocalDate.class), rows.getString(6), rows.getString(7), rows.getString(8),
					professional == null ? null : ProfessionalLevel.valueOf(professional),
					theory == null ? null : PoliticalTheory.valueOf(theory), rows.getString(11), null, null, null, null,
					null);
		}

		/**
		 * Stops reading ahead (the caller may end early, on an error) and waits until the lane has left the rows,
		 * which the caller closes next. A failure of the lane is reported by its next use.
		 */
		@Override
		public void close() {
			stopped = true;
			try {
				lane.await();
			}
			catch (RuntimeException failed) {
				// the lane keeps it: the load's next use of the lane reports it
			}
		}

	}

	private final class Run {

		private final Consumer<LineProblem> problems;

		private final Consumer<String> progress;

		private MemberHistories.Judge judge;

		private MemberHistories.Load load;

		private final List<Pending> chunk = new ArrayList<>();

		boolean errors;

		int newFiles;

		int presentFiles;

		int newEvents;

		int presentEvents;

		private long judged;

		Run(Consumer<LineProblem> problems, Consumer<String> progress) {
			this.problems = problems;
			this.progress = progress;
		}

		void error(boolean ofEvent, long line, FieldProblem problem) {
			errors = true;
			problems.accept(new LineProblem(ofEvent, line, problem, false));
		}

		void start(boolean write, boolean frozen) {
			judge = histories.judge();
			if (write && !errors) {
				load = histories.new Load(judge, stage.lane(), frozen);
			}
		}

		/**
		 * Judges the members in chunks, as a {@link Reader} reads them on the lane's thread: the files with their
		 * events, or ({@code files} null) the events of recorded members. Closes the rows.
		 */
		void read(StagedRows files, StagedRows events) {
			try (files; events; Reader reader = new Reader(stage.lane(), files, events)) {
				for (List<Pending> read = reader.next(); read != null; read = reader.next()) {
					chunk.addAll(read);
					if (chunk.size() >= CHUNK) {
						judgeChunk();
					}
				}
			}
			catch (SQLException e) {
				throw new DataAccessException("Đóng các dòng đã nạp tạm: " + e.getMessage(), e);
			}
			judgeChunk();
		}

		private void judgeChunk() {
			if (chunk.isEmpty()) {
				return;
			}
			List<Long> ids = chunk.stream().filter(p -> p.id != null).map(p -> p.id).toList();
			Map<Long, List<LedgerEvent>> recorded = ids.isEmpty() ? Map.of() : histories.activeEvents(ids);
			Map<Long, MemberFile> stored = ids.isEmpty() ? Map.of() : histories.files(ids);
			List<MemberHistories.Judged> done = new ArrayList<>(chunk.size());
			for (Pending p : chunk) {
				MemberFile recordedFile = p.id == null ? null : stored.get(p.id);
				MemberHistories.Judged j = judge.history(p.file != null ? p.file : recordedFile, p.events, p.id,
						p.file == null ? null : recordedFile,
						p.id == null ? List.of() : recorded.getOrDefault(p.id, List.of()));
				for (HistoryProblem problem : j.problems()) {
					if (!problem.warning()) {
						errors = true;
					}
					problems.accept(problem.event() == null
							? new LineProblem(false, p.fileLine, problem.problem(), problem.warning())
							: new LineProblem(true, p.lines.getOrDefault(problem.event(), 0L), problem.problem(),
									problem.warning()));
				}
				if (p.id == null) {
					newFiles++;
				}
				else {
					presentFiles++;
				}
				newEvents += j.fresh().size();
				presentEvents += j.presentEvents();
				done.add(j);
				if (++judged % PROGRESS_EVERY == 0) {
					progress.accept("Đã kiểm tra " + judged + " hồ sơ đảng viên");
				}
			}
			chunk.clear();
			if (load != null && !errors) {
				load.add(done);
			}
		}

		boolean writing() {
			return load != null;
		}

		void end() {
			if (load != null) {
				load.close();
				if (!errors) {
					progress.accept("Đã ghi " + newFiles + " hồ sơ đảng viên và " + load.events() + " sự kiện");
				}
			}
		}

	}

}
