package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_EVENT;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.internal.HistoryStage;
import vn.dangvu.member.internal.MemberBulkWriter;
import vn.dangvu.member.internal.MemberStore;
import vn.dangvu.member.internal.StatisticsProjection;
import vn.dangvu.organization.OrganizationLifetime;
import vn.dangvu.organization.Organizations;

/**
 * Member histories in bulk, for import and export: every history is judged as accepted history (LedgerPolicy:
 * what cannot be true is an error, what today's rules forbid a warning), files and events already recorded are
 * recognized and left alone, and the rest is loaded with COPY — only when nothing had an error.
 */
@Service
public class MemberHistories {

	private static final int CHUNK = 10_000;

	private final DSLContext dsl;

	private final MemberBulkWriter writer;

	private final Organizations organizations;

	private final Members members;

	private final Clock clock;

	private final StatisticsProjection statistics;

	private final MemberStore store;

	MemberHistories(DSLContext dsl, MemberBulkWriter writer, Organizations organizations,
			Members members, Optional<Clock> clock, StatisticsProjection statistics, MemberStore store) {
		this.dsl = dsl;
		this.writer = writer;
		this.organizations = organizations;
		this.members = members;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.statistics = statistics;
		this.store = store;
	}

	/**
	 * Adds the files just loaded to the statistics projection (after the indexes of the member tables are back: it
	 * reads each member's rows).
	 */
	void addLoadedToStatistics(Consumer<String> progress) {
		long added = statistics.applyPending(progress);
		if (added > 0) {
			progress.accept("Đã cộng " + added + " đảng viên vào bảng thống kê");
		}
	}

	/**
	 * Checks the histories and, when {@code write} and none has an error, loads what is new, in the caller's
	 * transaction.
	 */
	@Transactional
	public HistoryImport importHistories(List<MemberHistory> histories, boolean write, Consumer<String> progress) {
		Judge judge = judge();
		Map<String, Long> existingIds = writer.ids(histories.stream().map(h -> h.file().memberNo()).filter(Objects::nonNull).toList());
		Map<Long, List<LedgerEvent>> existingEvents = activeEvents(existingIds.values());
		Map<Long, MemberFile> existingFiles = files(existingIds.values());
		Map<String, String> cardOwners = owners(MEMBER.CARD_NO, histories.stream().map(h -> h.file().cardNo()).toList());
		Map<String, String> idOwners = owners(MEMBER.NATIONAL_ID, histories.stream().map(h -> h.file().nationalId()).toList());

		List<HistoryProblem> problems = new ArrayList<>();
		List<Judged> judged = new ArrayList<>();
		Set<String> seenCards = new HashSet<>();
		Set<String> seenIds = new HashSet<>();
		int presentFiles = 0;
		int presentEvents = 0;
		int eventCount = 0;
		int done = 0;
		for (MemberHistory history : histories) {
			MemberFile file = history.file();
			String no = file.memberNo();
			if (file.cardNo() != null && (!seenCards.add(file.cardNo())
					|| (cardOwners.containsKey(file.cardNo()) && !cardOwners.get(file.cardNo()).equals(no)))) {
				problems.add(new HistoryProblem(no, null, cardTaken(file.cardNo()), false));
			}
			if (file.nationalId() != null && (!seenIds.add(file.nationalId())
					|| (idOwners.containsKey(file.nationalId()) && !idOwners.get(file.nationalId()).equals(no)))) {
				problems.add(new HistoryProblem(no, null, FieldProblem.of("national_id",
						"Số định danh " + file.nationalId() + " đã thuộc hồ sơ khác."), false));
			}
			Long id = existingIds.get(no);
			Judged j = judge.history(file, history.events(), id, id == null ? null : existingFiles.get(id),
					id == null ? List.of() : existingEvents.getOrDefault(id, List.of()));
			problems.addAll(j.problems());
			judged.add(j);
			presentFiles += id == null ? 0 : 1;
			presentEvents += j.presentEvents();
			eventCount += j.fresh().size();
			if (++done % 50_000 == 0) {
				progress.accept("Đã kiểm tra " + done + " hồ sơ đảng viên");
			}
		}
		int newFiles = (int) judged.stream().filter(j -> j.id() == null).count();
		HistoryImport result = new HistoryImport(problems, newFiles, presentFiles, eventCount, presentEvents);
		if (write && !result.hasErrors()) {
			Load load = new Load(judge, new vn.dangvu.common.database.CopyLane(dsl), false);
			load.add(judged);
			load.close();
			addLoadedToStatistics(progress);
			progress.accept("Đã ghi " + newFiles + " hồ sơ đảng viên và " + eventCount + " sự kiện");
		}
		return result;
	}

	/**
	 * Starts a streaming import in the caller's transaction: the rows handed to the staging are copied into staging
	 * tables, then {@link HistoryStaging#finish} checks and loads them member by member, in bounded memory.
	 */
	@Transactional
	public HistoryStaging stage() {
		return new HistoryStaging(this, new HistoryStage(dsl));
	}

	static FieldProblem cardTaken(String cardNo) {
		return FieldProblem.of("card_no", "Số thẻ đảng viên " + cardNo + " đã thuộc hồ sơ khác.");
	}

	/** What judging one history found: its problems, the events not yet recorded, the whole ledger. */
	record Judged(MemberFile file, Long id, List<HistoryProblem> problems, List<LedgerEvent> fresh, MemberLedger ledger,
			int presentEvents) {

		boolean hasErrors() {
			return problems.stream().anyMatch(p -> !p.warning());
		}

	}

	/** The judge of histories on one day, against the organizations as recorded. */
	Judge judge() {
		LocalDate today = LocalDate.now(clock);
		Map<String, OrganizationLifetime> lifetimes = organizations.lifetimes();
		return new Judge(today, lifetimes, organizations.provinceCodes(null, today));
	}

	/** Judges histories as accepted history (LedgerPolicy; one code for the list and the streaming imports). */
	final class Judge {

		final LocalDate today;

		final Map<String, OrganizationLifetime> lifetimes;

		final Map<String, String> provinces;

		Judge(LocalDate today, Map<String, OrganizationLifetime> lifetimes, Map<String, String> provinces) {
			this.today = today;
			this.lifetimes = lifetimes;
			this.provinces = provinces;
		}

		/**
		 * The history of the file with the imported events, added to what is recorded for it ({@code id} not null):
		 * events already recorded are recognized and left alone; the whole ledger is judged.
		 */
		Judged history(MemberFile file, List<LedgerEvent> imported, Long id, MemberFile stored,
				List<LedgerEvent> recorded) {
			String no = file.memberNo();
			List<HistoryProblem> problems = new ArrayList<>();
			file.problems(today).forEach(p -> problems.add(new HistoryProblem(no, null, p, false)));
			if (id != null && stored != null && !sameFile(stored, file)) {
				problems.add(new HistoryProblem(no, null, FieldProblem.of("member_no",
						"Hồ sơ " + no + " đã có trong cơ sở dữ liệu với nội dung khác."), false));
			}
			int present = 0;
			List<LedgerEvent> fresh = new ArrayList<>();
			List<LedgerEvent> remaining = new ArrayList<>(recorded);
			for (LedgerEvent e : imported) {
				if (remaining.remove(e)) {
					present++;
				}
				else {
					fresh.add(e);
				}
			}
			List<LedgerEvent> all = new ArrayList<>(recorded);
			all.addAll(fresh);
			MemberLedger ledger = MemberLedger.of(all);
			Set<LedgerEvent> strict = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			LedgerPolicy.Verdict verdict = LedgerPolicy.check(file, ledger, strict, today,
					(code, date) -> lifetimes.containsKey(code) && lifetimes.get(code).existsOn(date));
			verdict.eventErrors().forEach(p -> problems.add(new HistoryProblem(no, p.event(), p.problem(), false)));
			verdict.eventWarnings().forEach(p -> problems.add(new HistoryProblem(no, p.event(), p.problem(), true)));
			return new Judged(file, id, problems, fresh, ledger, present);
		}

		String province(String orgCode) {
			return orgCode == null ? null : provinces.get(orgCode);
		}

	}

	/**
	 * Writes judged histories with COPY, in chunks: new files first (with ids taken ahead from the identity), then the
	 * new events in ledger order and the periods of new files; a recorded member with new events is rebuilt from its
	 * ledger. The COPYs share one lane, so PostgreSQL writes a piece while the next chunk is judged; the name words of
	 * new files (split in Java as the search splits the text typed) and their place in the statistics' pending list are
	 * copied in the same lane after the files (written in SQL, 50,000 files at a time, they were a tenth of
	 * PostgreSQL's time in a national load and made the lane wait).
	 */
	final class Load implements AutoCloseable {

		private final Judge judge;

		private final vn.dangvu.common.database.CopyLane lane;

		private final vn.dangvu.common.database.CopyRows files;

		private final vn.dangvu.common.database.CopyRows events;

		private final vn.dangvu.common.database.CopyRows periods;

		private final vn.dangvu.common.database.CopyRows strays;

		private final vn.dangvu.common.database.CopyRows nameWords;

		private final vn.dangvu.common.database.CopyRows pending;

		private long eventRows;

		/**
		 * A load whose COPYs go in the lane of the import's connection (the files' first, then what refers to them);
		 * {@code frozen}: into member tables emptied in the transaction, their rows copied frozen
		 * ({@link MemberBulkWriter#TABLES}).
		 */
		Load(Judge judge, vn.dangvu.common.database.CopyLane lane, boolean frozen) {
			this.judge = judge;
			this.lane = lane;
			this.files = writer.files(lane, frozen);
			this.events = writer.events(lane, frozen);
			this.periods = writer.periods(lane, frozen);
			this.strays = writer.strays(lane, frozen);
			this.nameWords = writer.nameWords(lane, frozen);
			this.pending = statistics.pending(lane);
		}

		long events() {
			return eventRows;
		}

		void add(List<Judged> histories) {
			long[] reserved = writer.reserveIds((int) histories.stream().filter(j -> j.id() == null).count());
			int next = 0;
			for (Judged j : histories) {
				if (j.id() != null && !j.fresh().isEmpty()) {
					statistics.retract(j.id()); // before its new events are copied in; the rebuild puts it back
				}
			}
			List<Long> touched = new ArrayList<>();
			for (Judged j : histories) {
				boolean isNew = j.id() == null;
				long id;
				String province = null;
				if (isNew) {
					id = reserved[next++];
					MemberState state = j.ledger().stateOn(judge.today);
					String org = todaysOrganization(j.ledger(), judge.lifetimes, judge.today);
					province = judge.province(org);
					MemberBulkWriter.add(files, nameWords, new MemberBulkWriter.NewFile(id, j.file(), state, org,
							province, MemberStore.BadgeFacts.of(j.ledger())));
					pending.cell(id).endRow();
				}
				else {
					id = j.id();
				}
				// events in ledger order, so that ids follow it (export writes them in that order)
				Set<LedgerEvent> fresh = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
				fresh.addAll(j.fresh());
				for (LedgerEvent e : j.ledger().events()) {
					if (fresh.contains(e)) {
						MemberBulkWriter.add(events, new MemberBulkWriter.NewEvent(id, e, "import", province));
						eventRows++;
					}
				}
				if (isNew) {
					var rows = new MemberBulkWriter.Periods(id, MemberPeriods.of(j.ledger(), judge.lifetimes::get),
							province);
					MemberBulkWriter.add(periods, rows);
					MemberBulkWriter.addStrays(strays, rows, judge.provinces);
				}
				else if (!j.fresh().isEmpty()) {
					touched.add(id);
				}
			}
			if (!touched.isEmpty()) {
				events.flush();
				touched.forEach(members::rebuild);
			}
		}

		@Override
		public void close() {
			lane.flush();
		}

	}

	static String todaysOrganization(MemberLedger ledger, Map<String, OrganizationLifetime> lifetimes,
			LocalDate today) {
		return MemberPeriods.of(ledger, lifetimes::get)
			.stream()
			.filter(p -> !p.validFrom().isAfter(today) && today.isBefore(p.validTo()))
			.map(MemberPeriods.Period::orgCode)
			.findFirst()
			.orElse(ledger.stateOn(today).orgCode());
	}

	static boolean sameFile(MemberFile stored, MemberFile imported) {
		// the interchange file carries only some fields: compare those
		return Objects.equals(stored.fullName(), imported.fullName()) && stored.gender() == imported.gender()
				&& Objects.equals(stored.birthDate(), imported.birthDate())
				&& Objects.equals(stored.ethnicity(), imported.ethnicity())
				&& Objects.equals(stored.religion(), imported.religion())
				&& Objects.equals(stored.education(), imported.education())
				&& stored.professionalLevel() == imported.professionalLevel()
				&& stored.politicalTheory() == imported.politicalTheory()
				&& Objects.equals(stored.cardNo(), imported.cardNo());
	}

	Map<Long, List<LedgerEvent>> activeEvents(Collection<Long> ids) {
		return store.activeEvents(ids);
	}

	Map<Long, MemberFile> files(Collection<Long> ids) {
		Map<Long, MemberFile> files = new HashMap<>();
		List<Long> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			dsl.selectFrom(MEMBER)
				.where(MEMBER.ID.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
				.forEach(r -> files.put(r.getId(), MemberStore.file(r)));
		}
		return files;
	}

	private Map<String, String> owners(org.jooq.TableField<?, String> column, List<String> values) {
		List<String> present = values.stream().filter(Objects::nonNull).toList();
		Map<String, String> owners = new HashMap<>();
		for (int from = 0; from < present.size(); from += CHUNK) {
			dsl.select(column, MEMBER.MEMBER_NO)
				.from(MEMBER)
				.where(column.in(present.subList(from, Math.min(present.size(), from + CHUNK))))
				.forEach(r -> owners.put(r.value1(), r.value2()));
		}
		return owners;
	}

	/**
	 * Hands every member history to the consumer, in the order the files were recorded, each with its events that
	 * count (not voided) in ledger order; with {@code orgCodes}, only members who ever belonged to one of them.
	 */
	@Transactional(readOnly = true)
	public void export(Set<String> orgCodes, Consumer<MemberHistory> consumer) {
		var query = dsl.selectFrom(MEMBER);
		var select = orgCodes == null ? query.orderBy(MEMBER.ID)
				: query.where(MEMBER.ID.in(dsl.selectDistinct(MEMBER_PERIOD.MEMBER_ID)
					.from(MEMBER_PERIOD)
					.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes)))).orderBy(MEMBER.ID);
		try (var cursor = select.fetchSize(CHUNK).fetchLazy()) {
			List<org.jooq.Record> batch = new ArrayList<>();
			while (cursor.hasNext()) {
				batch.add(cursor.fetchNext());
				if (batch.size() == CHUNK || !cursor.hasNext()) {
					Map<Long, List<LedgerEvent>> events = activeEvents(batch.stream().map(r -> r.get(MEMBER.ID)).toList());
					for (org.jooq.Record r : batch) {
						consumer.accept(new MemberHistory(MemberStore.file(r), events.getOrDefault(r.get(MEMBER.ID), List.of())));
					}
					batch.clear();
				}
			}
		}
	}

}
