package vn.dangvu.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.internal.MemberStore;
import vn.dangvu.member.internal.MemberStore.StoredEvent;
import vn.dangvu.member.internal.StatisticsProjection;
import vn.dangvu.organization.OrganizationLifetime;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.OrganizationsRestructured;
import vn.dangvu.organization.SubtreesMoved;

/**
 * Keeping member files and their ledgers. Every change is checked against the lifecycle rules (LedgerPolicy) before
 * anything is written, and the projections (periods, today's status and organization) are rebuilt in the same
 * transaction.
 */
@Service
public class Members {

	private final MemberStore store;

	private final Organizations organizations;

	/** Members rebuilt together after a restructuring. */
	static final int REBUILD_BATCH = 5_000;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final ScaleOutKeys keys;

	private final StatisticsProjection statistics;

	Members(MemberStore store, Organizations organizations, Optional<Clock> clock, ApplicationEventPublisher publisher,
			ScaleOutKeys keys, StatisticsProjection statistics) {
		this.store = store;
		this.keys = keys;
		this.statistics = statistics;
		this.organizations = organizations;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.publisher = publisher;
	}

	/** The outcome of recording an event: its id and the warnings about accepted history. */
	public record Recorded(long eventId, List<FieldProblem> warnings) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Opens a member file. */
	@Transactional
	public void register(MemberFile file) {
		List<FieldProblem> problems = new ArrayList<>(file.problems(today()));
		if (file.memberNo() != null && store.idOf(file.memberNo()).isPresent()) {
			problems.add(FieldProblem.of("member_no", "Số hồ sơ " + file.memberNo() + " đã có."));
		}
		checkUnique(file, null, problems);
		if (!problems.isEmpty()) {
			throw MemberRejectedException.because(problems);
		}
		store.insert(file);
		publisher.publishEvent(new MemberFileChanged(file.memberNo(), null, file));
	}

	/**
	 * Opens a member file with its admission, both or neither: the file belongs to the admitting organization from
	 * the first moment (and so to the scope of its officers).
	 */
	@Transactional
	public Recorded registerAdmitted(MemberFile file, LedgerEvent admission, String recordedBy) {
		if (admission.type() != MemberEventType.ADMITTED) {
			throw new IllegalArgumentException("not an admission: " + admission.type());
		}
		register(file);
		return record(file.memberNo(), admission, recordedBy);
	}

	/** Corrects the stable data of a file (the ledger is not touched). */
	@Transactional
	public void correct(MemberFile file) {
		long id = idOf(file.memberNo());
		List<FieldProblem> problems = new ArrayList<>(file.problems(today()));
		checkUnique(file, file.memberNo(), problems);
		if (!problems.isEmpty()) {
			throw MemberRejectedException.because(problems);
		}
		MemberFile before = store.file(id).orElseThrow();
		store.update(id, file);
		rebuild(id); // the birth date matters to the rules, but accepted history is not re-judged
		publisher.publishEvent(new MemberFileChanged(file.memberNo(), before, file));
	}

	private void checkUnique(MemberFile file, String except, List<FieldProblem> problems) {
		if (store.cardTaken(file.cardNo(), except)) {
			problems.add(FieldProblem.of("card_no", "Số thẻ đảng viên " + file.cardNo() + " đã thuộc hồ sơ khác."));
		}
		if (store.nationalIdTaken(file.nationalId(), except)) {
			problems.add(FieldProblem.of("national_id", "Số định danh " + file.nationalId() + " đã thuộc hồ sơ khác."));
		}
	}

	/**
	 * Records an event now: it is judged by today's rules, the accepted history only for what cannot be true.
	 */
	@Transactional
	public Recorded record(String memberNo, LedgerEvent event, String recordedBy) {
		long id = idOf(memberNo);
		MemberFile file = store.file(id).orElseThrow();
		List<LedgerEvent> events = new ArrayList<>(activeEvents(id));
		events.add(event);
		MemberLedger ledger = MemberLedger.of(events);
		Set<LedgerEvent> strict = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		strict.add(event);
		LedgerPolicy.Verdict verdict = LedgerPolicy.check(file, ledger, strict, today(), this::organizationExists);
		if (!verdict.accepted()) {
			throw MemberRejectedException.because(verdict.errors());
		}
		long eventId = store.insertEvent(id, event, recordedBy);
		rebuild(id);
		publisher.publishEvent(new MemberEventRecorded(memberNo, eventId, event, recordedBy));
		return new Recorded(eventId, verdict.warnings());
	}

	/** Voids an event (a correction): it stays in the ledger, marked, and no longer counts. */
	@Transactional
	public void voidEvent(String memberNo, long eventId, String reason, String voidedBy) {
		long id = idOf(memberNo);
		if (reason == null || reason.isBlank()) {
			throw MemberRejectedException.because(FieldProblem.of("reason", "Cần ghi lý do hủy sự kiện."));
		}
		List<LedgerEvent> remaining = store.events(id)
			.stream()
			.filter(e -> !e.voided() && e.id() != eventId)
			.map(StoredEvent::event)
			.toList();
		Optional<LifecycleViolation> broken = MemberLedger.of(remaining).firstViolation();
		if (broken.isPresent()) {
			throw MemberRejectedException.because(new FieldProblem("event", "LIFECYCLE",
					"Không thể hủy sự kiện này: các sự kiện sau nó sẽ không còn hợp lệ (" + broken.get().message() + ")."));
		}
		Optional<LedgerEvent> voided = store.events(id)
			.stream()
			.filter(e -> e.id() == eventId && !e.voided())
			.map(StoredEvent::event)
			.findFirst();
		if (voided.isEmpty() || store.voidEvent(id, eventId, voidedBy, reason.strip()) == 0) {
			throw MemberRejectedException.because(FieldProblem.of("event", "Sự kiện không có hoặc đã bị hủy."));
		}
		rebuild(id);
		publisher.publishEvent(new MemberEventVoided(memberNo, eventId, voided.get(), reason.strip(), voidedBy));
	}

	/** The events that count (not voided), in ledger order. */
	List<LedgerEvent> activeEvents(long memberId) {
		return store.events(memberId).stream().filter(e -> !e.voided()).map(StoredEvent::event).toList();
	}

	private boolean organizationExists(String code, LocalDate date) {
		return organizations.lifetime(code).map(l -> l.existsOn(date)).orElse(false);
	}

	private long idOf(String memberNo) {
		return store.idOf(memberNo).orElseThrow(() -> MemberNotFoundException.forNumber(memberNo));
	}

	/** Rebuilds the periods and today's state of one member from the ledger. */
	public void rebuild(long memberId) {
		rebuild(List.of(memberId));
	}

	/**
	 * Rebuilds the periods and today's state of members from their ledgers, with a statement per step for all of them
	 * (a merge of two provinces moves hundreds of thousands).
	 */
	void rebuild(List<Long> memberIds) {
		Map<Long, List<LedgerEvent>> ledgers = store.activeEvents(memberIds);
		Map<String, OrganizationLifetime> cache = new java.util.HashMap<>();
		LocalDate today = today();
		List<MemberStore.Projection> projections = new ArrayList<>();
		Set<String> orgs = new java.util.HashSet<>();
		for (long id : memberIds) {
			MemberLedger ledger = MemberLedger.of(ledgers.getOrDefault(id, List.of()));
			List<MemberPeriods.Period> periods = MemberPeriods.of(ledger,
					code -> cache.computeIfAbsent(code, c -> organizations.lifetime(c).orElse(null)));
			MemberState state = ledger.stateOn(today);
			String org = periods.stream()
				.filter(p -> !p.validFrom().isAfter(today) && today.isBefore(p.validTo()))
				.map(MemberPeriods.Period::orgCode)
				.findFirst()
				.orElse(state.orgCode());
			if (org != null) {
				orgs.add(org);
			}
			// the province of every period's organization, for its strays (V33)
			periods.stream().map(MemberPeriods.Period::orgCode).filter(java.util.Objects::nonNull).forEach(orgs::add);
			projections.add(new MemberStore.Projection(id, periods, state, org, null, MemberStore.BadgeFacts.of(ledger)));
		}
		Map<String, String> provinces = orgs.isEmpty() ? Map.of() : organizations.provinceCodes(orgs, today);
		store.project(projections.stream()
			.map(p -> new MemberStore.Projection(p.memberId(), p.periods(), p.today(), p.todaysOrg(),
					p.todaysOrg() == null ? null : provinces.get(p.todaysOrg()), p.badges()))
			.toList(), provinces);
	}

	/**
	 * A move or merge may put a subtree under another province: the members whose organization today is in it take
	 * that province as their scale-out key (ARCHITECTURE.md data principle 8), on all their rows. The strays (V33) of
	 * every member who was ever in it are written again: its organizations' province and those members' have changed.
	 * The statistics by province (V34) are summed again from the day it took effect.
	 */
	@EventListener
	void on(SubtreesMoved moved) {
		if (!store.anyMember()) {
			return; // an import of the tree before its members
		}
		statistics.rebuildProvinces(moved.effectiveOn());
		Set<String> codes = new java.util.HashSet<>();
		moved.codes().forEach(code -> codes.addAll(organizations.codesEverInSubtree(code)));
		int rekeyed = store.reassignProvinces(organizations.provinceCodes(codes, today()));
		Long[] members = store.membersOfOrganizationsFrom(codes, null).toArray(Long[]::new);
		if (members.length > 0) {
			store.refreshStrays(members, organizations.provinceCodes(store.periodOrganizations(members), today()));
		}
		if (rekeyed > 0) {
			keys.followAfterCommit();
		}
	}

	/** A merge or split moves the members of the organizations that ended: their periods are rebuilt. */
	@EventListener
	void on(OrganizationsRestructured restructured) {
		List<Long> moved = store.membersOfOrganizationsFrom(restructured.membersMoveTo().keySet(),
				restructured.effectiveOn());
		for (int from = 0; from < moved.size(); from += REBUILD_BATCH) {
			rebuild(moved.subList(from, Math.min(moved.size(), from + REBUILD_BATCH)));
		}
	}

}
