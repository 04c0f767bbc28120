package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.Cursor;
import org.jooq.Record;

import vn.dangvu.member.internal.HistoryStage;

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
			run.start(write);
			List<String> dropped = run.writing() ? stage.dropIndexesForFirstLoad() : List.of();
			try (Cursor<Record> cursor = stage.filesWithEvents()) {
				run.read(cursor, true);
			}
			try (Cursor<Record> cursor = stage.eventsOfRecordedMembers()) {
				run.read(cursor, false);
			}
			run.end();
			if (!dropped.isEmpty() && !run.errors) {
				progress.accept("Đang lập lại " + dropped.size() + " chỉ mục và khóa của bảng đảng viên");
				stage.recreateIndexes(dropped); // with errors, the transaction is rolled back: the drop with it
			}
			if (!run.errors && (!dropped.isEmpty() || run.newEvents > LARGE_LOAD_EVENTS)) {
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

		void start(boolean write) {
			judge = histories.judge();
			if (write && !errors) {
				load = histories.new Load(judge);
			}
		}

		/** Reads the cursor's rows, grouped by member, and judges them in chunks. */
		void read(Cursor<Record> cursor, boolean inFile) {
			Pending current = null;
			Object currentKey = null;
			for (Record r : cursor) {
				Object key = inFile ? r.get(HistoryStage.FILE_LINE) : r.get(1);
				if (current == null || !key.equals(currentKey)) {
					if (current != null) {
						add(current);
					}
					currentKey = key;
					current = inFile
							? new Pending(file(r), r.get(HistoryStage.FILE_LINE, Long.class),
									r.get(HistoryStage.RECORDED_ID, Long.class))
							: new Pending(null, 0, r.get(0, Long.class));
				}
				int e = inFile ? HistoryStage.EVENT_LINE : 2;
				if (r.get(e) != null) {
					LedgerEvent event = new LedgerEvent(MemberEventType.valueOf(r.get(e + 1, String.class)),
							r.get(e + 2, LocalDate.class), r.get(e + 3, String.class), r.get(e + 4, String.class),
							r.get(e + 5, LocalDate.class), r.get(e + 6, String.class));
					current.events.add(event);
					current.lines.put(event, r.get(e, Long.class));
				}
			}
			if (current != null) {
				add(current);
			}
			judgeChunk();
		}

		private MemberFile file(Record r) {
			return new MemberFile(r.get(1, String.class), r.get(2, String.class),
					Gender.valueOf(r.get(3, String.class)), r.get(4, LocalDate.class), r.get(5, String.class),
					r.get(6, String.class), r.get(7, String.class),
					r.get(8) == null ? null : ProfessionalLevel.valueOf(r.get(8, String.class)),
					r.get(9) == null ? null : PoliticalTheory.valueOf(r.get(9, String.class)), r.get(10, String.class),
					null, null, null, null, null);
		}

		private void add(Pending pending) {
			chunk.add(pending);
			if (chunk.size() >= CHUNK) {
				judgeChunk();
			}
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
