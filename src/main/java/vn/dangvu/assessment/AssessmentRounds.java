package vn.dangvu.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.assessment.internal.RoundStore;
import vn.dangvu.assessment.internal.RoundStore.StoredEntry;
import vn.dangvu.assessment.internal.RoundStore.StoredOrgEntry;
import vn.dangvu.assessment.internal.RoundStore.StoredRound;
import vn.dangvu.common.Decision;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.MemberWithLedger;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * Assessment rounds: one per assessment year and grassroots organization. While a round is open its list is the
 * organization's subtree as it stands on 31 December — official and probationary members, each rated or not (R-ASM-3)
 * — and grades are entered member by member under the rules of the year; closing it on a decision writes each grade
 * to the member's ledger as an {@code ASSESSED} event on 31 December and keeps the list as it then stood.
 */
@Service
public class AssessmentRounds {

	private final RoundStore store;

	private final Organizations organizations;

	private final MemberRoster roster;

	private final Members members;

	private final Clock clock;

	AssessmentRounds(RoundStore store, Organizations organizations, MemberRoster roster, Members members,
			Optional<Clock> clock) {
		this.store = store;
		this.organizations = organizations;
		this.roster = roster;
		this.members = members;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Opens the round of the year for a grassroots organization; answers the existing round if there is one. */
	@Transactional
	public long open(String orgCode, int year, String by) {
		AssessmentRules rules = AssessmentRules.forYear(year)
			.orElseThrow(() -> AssessmentRejectedException.because("year", "R-ASM-1",
					"Bốn mức xếp loại áp dụng từ năm 2018 (QĐ 132-QĐ/TW)."));
		if (year > LocalDate.now(clock).getYear()) {
			throw AssessmentRejectedException.because("year", "Năm đánh giá chưa đến.");
		}
		String code = orgCode == null ? "" : orgCode.strip();
		LocalDate end = AssessmentPolicy.yearEnd(year);
		OrganizationView org = organizations.find(code, end)
			.orElseThrow(() -> AssessmentRejectedException.because("org",
					"Không có tổ chức mã " + code + " vào ngày " + Dates.format(end) + "."));
		if (!org.type().isGrassroots()) {
			throw AssessmentRejectedException.because("org",
					"Đợt đánh giá mở cho tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở).");
		}
		return store.find(code, year).map(StoredRound::id).orElseGet(() -> store.insert(year, code, rules.source(), by));
	}

	/** The round with its list: live while open, as closed once closed. */
	@Transactional(readOnly = true)
	public AssessmentRoundView round(long id) {
		StoredRound round = store.find(id).orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		return view(round);
	}

	/** The grassroots organization of a round. */
	@Transactional(readOnly = true)
	public Optional<String> organizationOf(long id) {
		return store.find(id).map(StoredRound::orgCode);
	}

	/** The round of the year of an organization, if one was opened. */
	@Transactional(readOnly = true)
	public Optional<Long> roundOf(String orgCode, int year) {
		return store.find(orgCode, year).map(StoredRound::id);
	}

	private AssessmentRoundView view(StoredRound round) {
		AssessmentRules rules = AssessmentRules.forYear(round.year()).orElseThrow();
		LocalDate end = AssessmentPolicy.yearEnd(round.year());
		Map<String, String> names = new LinkedHashMap<>();
		List<OrganizationView> subtree = organizations.subtree(round.orgCode(), end);
		subtree.forEach(o -> names.put(o.code(), o.name()));
		String orgName = organizations.findLatest(round.orgCode(), end).map(OrganizationView::name).orElse(round.orgCode());
		List<AssessmentEntryRow> rows;
		if (round.closed()) {
			Map<String, MemberWithLedger> ledgers = listed(round).stream()
				.collect(Collectors.toMap(MemberWithLedger::memberNo, m -> m, (a, b) -> a));
			rows = new ArrayList<>();
			for (StoredEntry e : store.entries(round.id())) {
				MemberWithLedger m = ledgers.get(e.memberNo());
				Grade previous = m == null ? null : AssessmentPolicy.recordedGrade(m.ledger(), round.year() - 1).orElse(null);
				boolean disciplined = m != null && AssessmentPolicy.disciplinedIn(m.ledger(), round.year());
				rows.add(row(rules, e, previous, disciplined));
			}
			sort(rows);
		}
		else {
			rows = liveRows(round, rules);
		}
		GradeCounts counts = GradeCounts.of(rows.stream().filter(r -> r.grade() != null).map(AssessmentEntryRow::grade).toList());
		Decision decision = round.closed() ? new Decision(round.decisionNo(), round.decisionDate(), round.decisionIssuer()) : null;
		List<StoredOrgEntry> orgLines = round.closed() ? store.orgEntries(round.id()) : liveOrgLines(round, subtree);
		return new AssessmentRoundView(round.id(), round.year(), round.orgCode(), orgName, round.regulation(),
				rules.scored(), rules.collectiveDisciplineBar(), round.closed(), decision, rows,
				rules.quota(counts.excellent(), counts.good()), names, organizationRows(round, rules, orgLines, rows));
	}

	/** The organizations of the subtree on 31 December with what was entered for them (R-ASM-3 applied as of now). */
	private List<StoredOrgEntry> liveOrgLines(StoredRound round, List<OrganizationView> subtree) {
		Map<String, StoredOrgEntry> entered = new HashMap<>();
		store.orgEntries(round.id()).forEach(e -> entered.put(e.orgCode(), e));
		List<StoredOrgEntry> lines = new ArrayList<>();
		for (OrganizationView o : subtree) {
			NotAssessedReason excluded = AssessmentPolicy.notAssessed(o, round.year()).orElse(null);
			StoredOrgEntry e = excluded == null ? entered.get(o.code()) : null;
			lines.add(new StoredOrgEntry(o.code(), o.name(), o.type().name(),
					o.code().equals(round.orgCode()) ? null : o.parentCode(), excluded == null ? null : excluded.name(),
					e == null ? null : e.score(), e == null ? null : e.grade(), e != null && e.disciplined()));
		}
		return lines;
	}

	/**
	 * The organizations' lines in the order of the tree (each followed by what is under it, in Vietnamese order of
	 * names), each with the grades of the members of its subtree and last year's grade.
	 */
	private List<OrganizationEntryRow> organizationRows(StoredRound round, AssessmentRules rules,
			List<StoredOrgEntry> lines, List<AssessmentEntryRow> members) {
		Map<String, String> parentOf = new HashMap<>();
		lines.forEach(l -> parentOf.put(l.orgCode(), l.parentCode()));
		Map<String, GradeCounts> memberCounts = new HashMap<>();
		Map<String, Long> disciplined = new HashMap<>();
		for (AssessmentEntryRow m : members) {
			// a member counts for its cell and every organization above it in the round
			for (String code = m.orgCode(); code != null && parentOf.containsKey(code); code = parentOf.get(code)) {
				if (m.grade() != null) {
					memberCounts.merge(code, GradeCounts.NONE.plus(m.grade()), GradeCounts::plus);
				}
				if (m.disciplinedInYear()) {
					disciplined.merge(code, 1L, Long::sum);
				}
			}
		}
		Map<String, String> previous = lines.isEmpty() ? Map.of()
				: store.closedOrgGrades(lines.stream().map(StoredOrgEntry::orgCode).toList(), round.year() - 1);
		Map<String, List<StoredOrgEntry>> children = new HashMap<>();
		Comparator<StoredOrgEntry> byName = Comparator.comparing(StoredOrgEntry::name, VietnameseText.order());
		lines.stream().sorted(byName).forEach(l -> children.computeIfAbsent(l.parentCode(), k -> new ArrayList<>()).add(l));
		List<OrganizationEntryRow> rows = new ArrayList<>();
		java.util.ArrayDeque<Map.Entry<StoredOrgEntry, Integer>> stack = new java.util.ArrayDeque<>();
		children.getOrDefault(null, List.of()).reversed().forEach(l -> stack.push(Map.entry(l, 0)));
		while (!stack.isEmpty()) {
			var next = stack.pop();
			StoredOrgEntry l = next.getKey();
			Grade grade = l.grade() == null ? null : Grade.valueOf(l.grade());
			boolean capped = rules.scored() && l.disciplined() && l.score() != null && grade != null
					&& rules.scale().grade(l.score()) != grade;
			rows.add(new OrganizationEntryRow(l.orgCode(), l.name(), OrganizationType.valueOf(l.type()), l.parentCode(),
					next.getValue(), l.excludedReason() == null ? null : NotAssessedReason.valueOf(l.excludedReason()),
					l.score(), grade, l.disciplined(), capped, Grade.of(previous.get(l.orgCode())).orElse(null),
					memberCounts.getOrDefault(l.orgCode(), GradeCounts.NONE), disciplined.getOrDefault(l.orgCode(), 0L)));
			children.getOrDefault(l.orgCode(), List.of()).reversed().forEach(c -> stack.push(Map.entry(c, next.getValue() + 1)));
		}
		return rows;
	}

	/** The official and probationary members of the subtree on 31 December, with their ledgers. */
	private List<MemberWithLedger> listed(StoredRound round) {
		LocalDate end = AssessmentPolicy.yearEnd(round.year());
		List<String> codes = organizations.subtreeCodes(round.orgCode(), end);
		if (codes.isEmpty()) {
			return List.of();
		}
		List<MemberWithLedger> list = new ArrayList<>(roster.withLedgers(codes, end, MemberStatus.OFFICIAL));
		list.addAll(roster.withLedgers(codes, end, MemberStatus.PROBATIONARY));
		return list;
	}

	private List<AssessmentEntryRow> liveRows(StoredRound round, AssessmentRules rules) {
		Map<String, StoredEntry> entered = new HashMap<>();
		store.entries(round.id()).forEach(e -> entered.put(e.memberNo(), e));
		List<AssessmentEntryRow> rows = new ArrayList<>();
		for (MemberWithLedger m : listed(round)) {
			NotAssessedReason excluded = AssessmentPolicy.notAssessed(m.ledger(), round.year()).orElse(null);
			StoredEntry e = entered.get(m.memberNo());
			StoredEntry line = new StoredEntry(m.memberNo(), m.fullName(), m.orgCode(),
					excluded == null ? null : excluded.name(), excluded != null || e == null ? null : e.score(),
					excluded != null || e == null ? null : e.grade(), e != null && e.sick());
			rows.add(row(rules, line, AssessmentPolicy.recordedGrade(m.ledger(), round.year() - 1).orElse(null),
					AssessmentPolicy.disciplinedIn(m.ledger(), round.year())));
		}
		sort(rows);
		return rows;
	}

	private static AssessmentEntryRow row(AssessmentRules rules, StoredEntry e, Grade previous, boolean disciplined) {
		Grade grade = e.grade() == null ? null : Grade.valueOf(e.grade());
		boolean capped = rules.scored() && e.sick() && e.score() != null && grade != null
				&& rules.scale().grade(e.score()) != grade;
		return new AssessmentEntryRow(e.memberNo(), e.fullName(), e.orgCode(),
				e.excludedReason() == null ? null : NotAssessedReason.valueOf(e.excludedReason()), e.score(), grade,
				e.sick(), capped, previous, disciplined);
	}

	private static void sort(List<AssessmentEntryRow> rows) {
		Comparator<String> names = VietnameseText.nameOrder();
		rows.sort(Comparator.comparing(AssessmentEntryRow::orgCode)
			.thenComparing(AssessmentEntryRow::fullName, names)
			.thenComparing(AssessmentEntryRow::memberNo));
	}

	/**
	 * Enters one member's grade or score under the rules of the round's year; answers the member's line as it now
	 * stands. Refused for a member not on the list, one not rated (R-ASM-3), or a closed round.
	 */
	@Transactional
	public AssessmentEntryRow grade(long id, String memberNo, GradeInput input, String by) {
		StoredRound round = store.lock(id).orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		if (round.closed()) {
			throw AssessmentRejectedException.because("round", "Đợt đánh giá đã kết thúc; kết quả đã ghi vào hồ sơ.");
		}
		AssessmentRules rules = AssessmentRules.forYear(round.year()).orElseThrow();
		LocalDate end = AssessmentPolicy.yearEnd(round.year());
		MemberWithLedger member = roster.find(memberNo, end)
			.filter(m -> m.status().isMember() && m.orgCode() != null
					&& organizations.isInSubtree(round.orgCode(), m.orgCode(), end))
			.map(m -> new MemberWithLedger(memberNo, m.file().fullName(), m.orgCode(), ledgerOf(m)))
			.orElseThrow(() -> AssessmentRejectedException.because("memberNo", "Đảng viên " + memberNo
					+ " không sinh hoạt trong tổ chức này vào ngày 31/12/" + round.year() + "."));
		Optional<NotAssessedReason> excluded = AssessmentPolicy.notAssessed(member.ledger(), round.year());
		if (excluded.isPresent()) {
			throw AssessmentRejectedException.because("grade", "R-ASM-3", "Đảng viên không thuộc diện xếp loại năm "
					+ round.year() + (excluded.get() == NotAssessedReason.EXEMPTED ? " (được miễn công tác và sinh hoạt đảng)."
							: " (vào Đảng chưa đủ 6 tháng)."));
		}
		AssessmentPolicy.Graded graded = AssessmentPolicy.grade(rules, input.grade(), input.score(), input.sick());
		StoredEntry entry = new StoredEntry(member.memberNo(), member.fullName(), member.orgCode(), null, graded.score(),
				graded.grade().name(), input.sick());
		store.save(id, entry, by);
		return row(rules, entry, AssessmentPolicy.recordedGrade(member.ledger(), round.year() - 1).orElse(null),
				AssessmentPolicy.disciplinedIn(member.ledger(), round.year()));
	}

	/**
	 * Enters one party organization's grade or score (R-ASM-1) under the rules of the round's year; answers its line as
	 * it now stands. Refused for an organization not in the subtree on 31 December, one not rated (R-ASM-3), or a
	 * closed round.
	 */
	@Transactional
	public OrganizationEntryRow gradeOrganization(long id, String orgCode, OrganizationGradeInput input, String by) {
		StoredRound round = store.lock(id).orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		if (round.closed()) {
			throw AssessmentRejectedException.because("round", "Đợt đánh giá đã kết thúc; kết quả đã được ghi.");
		}
		AssessmentRules rules = AssessmentRules.forYear(round.year()).orElseThrow();
		LocalDate end = AssessmentPolicy.yearEnd(round.year());
		OrganizationView org = organizations.find(orgCode, end)
			.filter(o -> organizations.isInSubtree(round.orgCode(), o.code(), end))
			.orElseThrow(() -> AssessmentRejectedException.because("org", "Tổ chức " + orgCode
					+ " không thuộc " + round.orgCode() + " vào ngày 31/12/" + round.year() + "."));
		if (AssessmentPolicy.notAssessed(org, round.year()).isPresent()) {
			throw AssessmentRejectedException.because("grade", "R-ASM-3", "Tổ chức thành lập chưa đủ 6 tháng tính đến ngày 31/12/"
					+ round.year() + " không thuộc diện xếp loại.");
		}
		AssessmentPolicy.Graded graded = AssessmentPolicy.gradeOrganization(rules, input.grade(), input.score(),
				input.disciplined());
		store.saveOrg(id, new StoredOrgEntry(org.code(), org.name(), org.type().name(),
				org.code().equals(round.orgCode()) ? null : org.parentCode(), null, graded.score(),
				graded.grade().name(), input.disciplined() && rules.collectiveDisciplineBar()), by);
		return view(round).organizations()
			.stream()
			.filter(o -> o.orgCode().equals(org.code()))
			.findFirst()
			.orElseThrow();
	}

	private static MemberLedger ledgerOf(MemberView member) {
		return MemberLedger.of(member.events()
			.stream()
			.filter(e -> !e.voided())
			.map(e -> new LedgerEvent(e.type(), e.effectiveOn(), e.orgCode(), e.decisionNo(), e.decisionDate(), e.detail()))
			.toList());
	}

	/**
	 * Closes the round on the decision of the competent committee: every rated member and every rated organization
	 * needs a grade; each member's grade becomes an {@code ASSESSED} event on 31 December (so not before that day), and
	 * the lists of members and organizations are kept as they stood. Answers the number of members' grades written.
	 */
	@Transactional
	public int close(long id, Decision decision, String by) {
		StoredRound round = store.lock(id).orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		if (round.closed()) {
			throw AssessmentRejectedException.because("round", "Đợt đánh giá đã kết thúc.");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate end = AssessmentPolicy.yearEnd(round.year());
		if (end.isAfter(today)) {
			throw AssessmentRejectedException.because("decisionDate", "R-ASM-1",
					"Kết quả xếp loại ghi vào ngày " + Dates.format(end) + ": chỉ kết thúc đợt từ ngày đó.");
		}
		if (decision.date().isAfter(today)) {
			throw AssessmentRejectedException.because("decisionDate", "Ngày quyết định ở tương lai.");
		}
		AssessmentRoundView view = view(round);
		List<AssessmentEntryRow> missing = view.entries().stream().filter(AssessmentEntryRow::missing).toList();
		if (!missing.isEmpty()) {
			throw AssessmentRejectedException.because("round", "Còn " + missing.size() + " đảng viên chưa xếp loại: "
					+ missing.stream().limit(5).map(AssessmentEntryRow::fullName).collect(Collectors.joining(", "))
					+ (missing.size() > 5 ? ", …" : "") + ".");
		}
		List<OrganizationEntryRow> ungraded = view.organizations().stream().filter(OrganizationEntryRow::missing).toList();
		if (!ungraded.isEmpty()) {
			throw AssessmentRejectedException.because("round", "R-ASM-1", "Còn " + ungraded.size()
					+ " tổ chức đảng chưa xếp loại: " + ungraded.stream().limit(5).map(OrganizationEntryRow::name)
						.collect(Collectors.joining(", ")) + (ungraded.size() > 5 ? ", …" : "") + ".");
		}
		Map<String, MemberWithLedger> ledgers = listed(round).stream()
			.collect(Collectors.toMap(MemberWithLedger::memberNo, m -> m, (a, b) -> a));
		List<String> already = view.entries()
			.stream()
			.filter(e -> e.assessed()
					&& AssessmentPolicy.recordedGrade(ledgers.get(e.memberNo()).ledger(), round.year()).isPresent())
			.map(AssessmentEntryRow::fullName)
			.toList();
		if (!already.isEmpty()) {
			throw AssessmentRejectedException.because("round", "R-ASM-1", "Đã có kết quả xếp loại năm " + round.year()
					+ " trong hồ sơ của: " + String.join(", ", already) + " (hủy kết quả cũ trước khi ghi lại).");
		}
		int written = 0;
		for (AssessmentEntryRow e : view.entries()) {
			store.save(id, new StoredEntry(e.memberNo(), e.fullName(), e.orgCode(),
					e.excluded() == null ? null : e.excluded().name(), e.score(), e.grade() == null ? null : e.grade().name(),
					e.sick()), by);
			if (e.assessed()) {
				try {
					members.record(e.memberNo(), new LedgerEvent(MemberEventType.ASSESSED, end, null, decision.number(),
							decision.date(), e.grade().name()), by);
				}
				catch (MemberRejectedException ex) {
					throw AssessmentRejectedException.because("round", e.fullName() + ": "
							+ ex.problems().stream().map(FieldProblem::describe).collect(Collectors.joining(" ")));
				}
				written++;
			}
		}
		store.keepOnly(id, view.entries().stream().map(AssessmentEntryRow::memberNo).toList());
		// the organizations' lines are kept as they stood: names, types and parents of 31 December
		for (OrganizationEntryRow o : view.organizations()) {
			store.saveOrg(id, new StoredOrgEntry(o.orgCode(), o.name(), o.type().name(), o.parentCode(),
					o.excluded() == null ? null : o.excluded().name(), o.score(), o.grade() == null ? null : o.grade().name(),
					o.disciplined()), by);
		}
		store.keepOnlyOrgs(id, view.organizations().stream().map(OrganizationEntryRow::orgCode).toList());
		store.close(id, decision.number(), decision.date(), decision.issuer(), by);
		return written;
	}

}
