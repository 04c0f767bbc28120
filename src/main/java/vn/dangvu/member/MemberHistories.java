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

import vn.dangvu.member.internal.MemberBulkWriter;
import vn.dangvu.member.internal.MemberStore;
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

	MemberHistories(DSLContext dsl, MemberBulkWriter writer, Organizations organizations,
			Members members, Optional<Clock> clock) {
		this.dsl = dsl;
		this.writer = writer;
		this.organizations = organizations;
		this.members = members;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Checks the histories and, when {@code write} and none has an error, loads what is new, in the caller's
	 * transaction.
	 */
	@Transactional
	public HistoryImport importHistories(List<MemberHistory> histories, boolean write, Consumer<String> progress) {
		LocalDate today = LocalDate.now(clock);
		Map<String, OrganizationLifetime> lifetimes = organizations.lifetimes();
		Map<String, Long> existingIds = writer.ids(histories.stream().map(h -> h.file().memberNo()).filter(Objects::nonNull).toList());
		Map<Long, List<LedgerEvent>> existingEvents = activeEvents(existingIds.values());
		Map<Long, MemberFile> existingFiles = files(existingIds.values());
		Map<String, String> cardOwners = owners(MEMBER.CARD_NO, histories.stream().map(h -> h.file().cardNo()).toList());
		Map<String, String> idOwners = owners(MEMBER.NATIONAL_ID, histories.stream().map(h -> h.file().nationalId()).toList());

		List<HistoryProblem> problems = new ArrayList<>();
		List<MemberBulkWriter.NewFile> newFiles = new ArrayList<>();
		Map<String, List<LedgerEvent>> newEvents = new HashMap<>();
		Map<String, MemberLedger> ledgers = new HashMap<>();
		Set<String> seenCards = new HashSet<>();
		Set<String> seenIds = new HashSet<>();
		int presentFiles = 0;
		int presentEvents = 0;
		int done = 0;
		for (MemberHistory history : histories) {
			MemberFile file = history.file();
			String no = file.memberNo();
			file.problems(today).forEach(p -> problems.add(new HistoryProblem(no, null, p, false)));
			if (file.cardNo() != null && (!seenCards.add(file.cardNo())
					|| (cardOwners.containsKey(file.cardNo()) && !cardOwners.get(file.cardNo()).equals(no)))) {
				problems.add(new HistoryProblem(no, null, FieldProblem.of("card_no",
						"Số thẻ đảng viên " + file.cardNo() + " đã thuộc hồ sơ khác."), false));
			}
			if (file.nationalId() != null && (!seenIds.add(file.nationalId())
					|| (idOwners.containsKey(file.nationalId()) && !idOwners.get(file.nationalId()).equals(no)))) {
				problems.add(new HistoryProblem(no, null, FieldProblem.of("national_id",
						"Số định danh " + file.nationalId() + " đã thuộc hồ sơ khác."), false));
			}
			Long id = existingIds.get(no);
			List<LedgerEvent> recorded = id == null ? List.of() : existingEvents.getOrDefault(id, List.of());
			if (id != null) {
				MemberFile stored = existingFiles.get(id);
				if (!sameFile(stored, file)) {
					problems.add(new HistoryProblem(no, null, FieldProblem.of("member_no",
							"Hồ sơ " + no + " đã có trong cơ sở dữ liệu với nội dung khác."), false));
				}
				presentFiles++;
			}
			List<LedgerEvent> fresh = new ArrayList<>();
			List<LedgerEvent> remaining = new ArrayList<>(recorded);
			for (LedgerEvent e : history.events()) {
				if (remaining.remove(e)) {
					presentEvents++;
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
			ledgers.put(no, ledger);
			newEvents.put(no, fresh);
			if (id == null) {
				MemberState state = ledger.stateOn(today);
				newFiles.add(new MemberBulkWriter.NewFile(file, state, todaysOrganization(ledger, lifetimes, today)));
			}
			if (++done % 50_000 == 0) {
				progress.accept("Đã kiểm tra " + done + " hồ sơ đảng viên");
			}
		}
		int eventCount = newEvents.values().stream().mapToInt(List::size).sum();
		HistoryImport result = new HistoryImport(problems, newFiles.size(), presentFiles, eventCount, presentEvents);
		if (write && !result.hasErrors()) {
			load(newFiles, newEvents, ledgers, existingIds, lifetimes, progress);
		}
		return result;
	}

	private void load(List<MemberBulkWriter.NewFile> newFiles, Map<String, List<LedgerEvent>> newEvents,
			Map<String, MemberLedger> ledgers, Map<String, Long> existingIds, Map<String, OrganizationLifetime> lifetimes,
			Consumer<String> progress) {
		Map<String, Long> ids = new HashMap<>(writer.insertFiles(newFiles));
		progress.accept("Đã ghi " + newFiles.size() + " hồ sơ đảng viên");
		List<MemberBulkWriter.NewEvent> events = new ArrayList<>();
		List<MemberBulkWriter.Periods> periods = new ArrayList<>();
		List<Long> touchedExisting = new ArrayList<>();
		for (var entry : newEvents.entrySet()) {
			Long id = ids.containsKey(entry.getKey()) ? ids.get(entry.getKey()) : existingIds.get(entry.getKey());
			// events in ledger order, so that ids follow it (export writes them in that order)
			MemberLedger ledger = ledgers.get(entry.getKey());
			Set<LedgerEvent> fresh = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			fresh.addAll(entry.getValue());
			for (LedgerEvent e : ledger.events()) {
				if (fresh.contains(e)) {
					events.add(new MemberBulkWriter.NewEvent(id, e, "import"));
				}
			}
			if (ids.containsKey(entry.getKey())) {
				periods.add(new MemberBulkWriter.Periods(id, MemberPeriods.of(ledger, lifetimes::get)));
			}
			else if (!entry.getValue().isEmpty()) {
				touchedExisting.add(id);
			}
		}
		events.sort(java.util.Comparator.comparingLong(MemberBulkWriter.NewEvent::memberId));
		writer.insertEvents(events);
		progress.accept("Đã ghi " + events.size() + " sự kiện");
		writer.insertPeriods(periods);
		touchedExisting.forEach(members::rebuild);
	}

	private static String todaysOrganization(MemberLedger ledger, Map<String, OrganizationLifetime> lifetimes,
			LocalDate today) {
		return MemberPeriods.of(ledger, lifetimes::get)
			.stream()
			.filter(p -> !p.validFrom().isAfter(today) && today.isBefore(p.validTo()))
			.map(MemberPeriods.Period::orgCode)
			.findFirst()
			.orElse(ledger.stateOn(today).orgCode());
	}

	private static boolean sameFile(MemberFile stored, MemberFile imported) {
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

	private Map<Long, List<LedgerEvent>> activeEvents(Collection<Long> ids) {
		Map<Long, List<LedgerEvent>> events = new HashMap<>();
		List<Long> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			dsl.selectFrom(MEMBER_EVENT)
				.where(MEMBER_EVENT.MEMBER_ID.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
				.and(MEMBER_EVENT.VOIDED_AT.isNull())
				.orderBy(MEMBER_EVENT.MEMBER_ID, MEMBER_EVENT.EFFECTIVE_ON, MEMBER_EVENT.ID)
				.forEach(r -> events.computeIfAbsent(r.getMemberId(), k -> new ArrayList<>())
					.add(new LedgerEvent(MemberEventType.valueOf(r.getType()), r.getEffectiveOn(), r.getOrgCode(),
							r.getDecisionNo(), r.getDecisionDate(), r.getDetail())));
		}
		return events;
	}

	private Map<Long, MemberFile> files(Collection<Long> ids) {
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
