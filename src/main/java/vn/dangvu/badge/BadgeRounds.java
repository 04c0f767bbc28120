package vn.dangvu.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.badge.internal.BadgeRoundStore;
import vn.dangvu.badge.internal.BadgeRoundStore.StoredProposal;
import vn.dangvu.badge.internal.BadgeRoundStore.StoredRound;
import vn.dangvu.common.Decision;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.MemberWithLedger;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * Badge rounds (DOMAIN.md §3.2): for an award date and a subtree, the proposal list starts as the eligibility list
 * (R-BADGE-1, R-BADGE-4); members are taken off it or added with a reason — early for serious illness or posthumously
 * (R-BADGE-2) — and the competent committee approves it on a decision: the badges are numbered, and each living
 * member's award becomes a {@code BADGE_AWARDED} event on the award date. The ledger takes no event after a death
 * (INTERCHANGE.md), so a posthumous award is kept in the round's register with its number.
 */
@Service
public class BadgeRounds {

	/** How many award dates ahead the round shows who becomes eligible. */
	public static final int UPCOMING_DATES = 4;

	private final BadgeRoundStore store;

	private final BadgeEligibility eligibility;

	private final Organizations organizations;

	private final MemberRoster roster;

	private final Members members;

	private final BadgeRuleVersions rules;

	private final Clock clock;

	BadgeRounds(BadgeRoundStore store, BadgeEligibility eligibility, Organizations organizations, MemberRoster roster,
			Members members, BadgeRuleVersions rules, Optional<Clock> clock) {
		this.store = store;
		this.rules = rules;
		this.eligibility = eligibility;
		this.organizations = organizations;
		this.roster = roster;
		this.members = members;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Opens a round for the subtree on the award date, its list taken from eligibility. Any date is accepted: dates
	 * other than the four award days are exceptions for the provincial standing committee (R-BADGE-3), which the
	 * round shows as a warning.
	 */
	@Transactional
	public long open(String orgCode, LocalDate awardDate, String by) {
		if (awardDate == null) {
			throw BadgeRoundRejectedException.because("awardDate", "R-BADGE-3", "Cần ngày trao Huy hiệu.");
		}
		String code = orgCode == null ? "" : orgCode.strip();
		if (organizations.find(code, awardDate).isEmpty()) {
			throw BadgeRoundRejectedException.because("org",
					"Không có tổ chức mã " + code + " vào ngày " + Dates.format(awardDate) + ".");
		}
		long id = store.insert(code, awardDate, by);
		store.addAll(id, eligibility.eligible(code, awardDate)
			.eligible()
			.stream()
			.map(m -> new StoredProposal(m.memberNo(), m.fullName(), m.orgCode(), m.partyAgeMonths(), m.badgeYears(),
					ProposalKind.ELIGIBLE.name(), null, null, null))
			.toList(), by);
		return id;
	}

	/**
	 * The round, when it is of the subtree of {@code org} today (its organization or one under it) — else it is not
	 * found, as if it did not exist. The pages name the organization whose subtree they work in, so that the access
	 * guard checks the caller's scope on it; null (only an administrator reaches a round without it): any round.
	 */
	@Transactional(readOnly = true)
	public BadgeRoundView round(long id, String org) {
		requireWithin(id, org);
		return round(id);
	}

	/** Refuses, as not found, a round outside the subtree of {@code org} today (null: any round). */
	@Transactional(readOnly = true)
	public void requireWithin(long id, String org) {
		StoredRound round = store.find(id).orElseThrow(() -> BadgeRoundNotFoundException.forId(id));
		if (org != null && !organizations.isInSubtree(org, round.orgCode(), LocalDate.now(clock))) {
			throw BadgeRoundNotFoundException.forId(id);
		}
	}

	@Transactional(readOnly = true)
	public BadgeRoundView round(long id) {
		StoredRound round = store.find(id).orElseThrow(() -> BadgeRoundNotFoundException.forId(id));
		Map<String, String> names = new LinkedHashMap<>();
		organizations.subtree(round.orgCode(), round.awardDate()).forEach(o -> names.put(o.code(), o.name()));
		Comparator<String> order = VietnameseText.nameOrder();
		List<BadgeProposal> proposals = store.proposals(id)
			.stream()
			.map(p -> new BadgeProposal(p.memberNo(), p.fullName(), p.orgCode(), p.partyAgeMonths(), p.badgeYears(),
					ProposalKind.valueOf(p.kind()), p.reason(), p.removedReason(), p.badgeNo()))
			.sorted(Comparator.comparing(BadgeProposal::orgCode)
				.thenComparing(BadgeProposal::fullName, order)
				.thenComparing(BadgeProposal::memberNo))
			.toList();
		Decision decision = round.approved()
				? new Decision(round.decisionNo(), round.decisionDate(), round.decisionIssuer()) : null;
		return new BadgeRoundView(id, round.orgCode(), nameOf(round.orgCode(), round.awardDate()), round.awardDate(),
				round.approved(), decision, proposals, names);
	}

	private String nameOf(String code, LocalDate date) {
		return organizations.findLatest(code, date).map(OrganizationView::name).orElse(code);
	}

	/** The latest rounds of the subtree of {@code org} today (null: of every organization), newest award date first. */
	@Transactional(readOnly = true)
	public List<BadgeRoundSummary> latest(int limit, String org) {
		return store.latest(limit, org == null ? null : organizations.subtreeCodes(org, LocalDate.now(clock)))
			.stream()
			.map(r -> new BadgeRoundSummary(r.id(), r.orgCode(), nameOf(r.orgCode(), r.awardDate()), r.awardDate(),
					r.approved(), r.decisionNo()))
			.toList();
	}

	/** Takes a member off the list; the reason is required and kept. */
	@Transactional
	public void remove(long id, String memberNo, String reason, String by) {
		open(id);
		if (reason == null || reason.isBlank()) {
			throw BadgeRoundRejectedException.because("reason", "Cần ghi lý do đưa ra khỏi danh sách.");
		}
		if (!store.setRemoved(id, memberNo, VietnameseText.normalize(reason.strip()))) {
			throw BadgeRoundRejectedException.because("memberNo", "Đảng viên " + memberNo + " không có trong danh sách.");
		}
	}

	/** Puts a member taken off the list back on it. */
	@Transactional
	public void restore(long id, String memberNo, String by) {
		open(id);
		if (!store.setRemoved(id, memberNo, null)) {
			throw BadgeRoundRejectedException.because("memberNo", "Đảng viên " + memberNo + " không có trong danh sách.");
		}
	}

	/**
	 * Adds a member of the subtree with a reason: one eligible on the award date (left out when the round opened,
	 * e.g. transferred in since), a seriously ill member awarded early, or a member who died, posthumously (R-BADGE-2).
	 */
	@Transactional
	public BadgeProposal add(long id, String memberNo, ProposalKind kind, String reason, String by) {
		StoredRound round = open(id);
		if (kind == null) {
			throw BadgeRoundRejectedException.because("kind", "Chọn diện đề nghị.");
		}
		if (reason == null || reason.isBlank()) {
			throw BadgeRoundRejectedException.because("reason", "R-BADGE-2", "Cần ghi lý do đề nghị.");
		}
		String no = memberNo == null ? "" : memberNo.strip();
		if (store.proposals(id).stream().anyMatch(p -> p.memberNo().equals(no))) {
			throw BadgeRoundRejectedException.because("memberNo", "Đảng viên " + no + " đã có trong danh sách.");
		}
		LocalDate date = round.awardDate();
		MemberWithLedger member = roster.find(no, date)
			.filter(m -> m.orgCode() != null && organizations.isInSubtree(round.orgCode(), m.orgCode(), date))
			.map(m -> new MemberWithLedger(no, m.file().fullName(), m.orgCode(), ledgerOf(m)))
			.orElseThrow(() -> BadgeRoundRejectedException.because("memberNo", "Không có đảng viên " + no
					+ " trong tổ chức vào ngày " + Dates.format(date) + "."));
		DisciplineRules discipline = rules.discipline();
		Optional<EligibleMember> badge = switch (kind) {
			case ELIGIBLE -> BadgeEligibility.badgeFor(member, date, discipline);
			case SERIOUS_ILLNESS -> EarlyAwards.forIllness(member, date, discipline);
			case POSTHUMOUS -> EarlyAwards.posthumous(member, date, discipline);
		};
		EligibleMember m = badge.orElseThrow(() -> BadgeRoundRejectedException.because("memberNo",
				kind == ProposalKind.ELIGIBLE ? "R-BADGE-1" : "R-BADGE-2", refusal(kind, member, date, discipline)));
		StoredProposal p = new StoredProposal(m.memberNo(), m.fullName(), m.orgCode(), m.partyAgeMonths(), m.badgeYears(),
				kind.name(), VietnameseText.normalize(reason.strip()), null, null);
		store.add(id, p, by);
		return new BadgeProposal(p.memberNo(), p.fullName(), p.orgCode(), p.partyAgeMonths(), p.badgeYears(), kind,
				p.reason(), null, null);
	}

	private static String refusal(ProposalKind kind, MemberWithLedger member, LocalDate date,
			DisciplineRules discipline) {
		return switch (kind) {
			case ELIGIBLE -> member.fullName() + " chưa đủ tuổi đảng cho mốc Huy hiệu tiếp theo vào ngày "
					+ Dates.format(date) + ", hoặc đang trong thời hạn kỷ luật.";
			case SERIOUS_ILLNESS -> BadgeEligibility.badgeFor(member, date, discipline).isPresent()
					? member.fullName() + " đã đủ tuổi đảng: chọn diện đủ tuổi đảng."
					: member.fullName() + " không thuộc diện xét sớm: chỉ được xét sớm tối đa 12 tháng (mốc 30–65 năm)"
							+ " hoặc 24 tháng (mốc 70–90 năm) và không trong thời hạn kỷ luật.";
			case POSTHUMOUS -> member.fullName()
					+ " không thuộc diện truy tặng: cần đã từ trần và tuổi đảng còn thiếu không quá 12 tháng.";
		};
	}

	private static MemberLedger ledgerOf(MemberView member) {
		return MemberLedger.of(member.events()
			.stream()
			.filter(e -> !e.voided())
			.map(e -> new LedgerEvent(e.type(), e.effectiveOn(), e.orgCode(), e.decisionNo(), e.decisionDate(), e.detail()))
			.toList());
	}

	private StoredRound open(long id) {
		StoredRound round = store.lock(id).orElseThrow(() -> BadgeRoundNotFoundException.forId(id));
		if (round.approved()) {
			throw BadgeRoundRejectedException.because("round", "Đợt xét tặng đã được duyệt.");
		}
		return round;
	}

	/**
	 * Approves the list on the decision: numbers the badges in the list's order and records each living member's
	 * award in the ledger on the award date (so not before that day). Answers the number of badges awarded.
	 */
	@Transactional
	public int approve(long id, Decision decision, BadgeNumbering numbering, String by) {
		StoredRound round = open(id);
		LocalDate today = LocalDate.now(clock);
		if (round.awardDate().isAfter(today)) {
			throw BadgeRoundRejectedException.because("decisionDate",
					"Huy hiệu được ghi vào hồ sơ ngày trao " + Dates.format(round.awardDate()) + ": chỉ duyệt từ ngày đó.");
		}
		if (decision.date().isAfter(today)) {
			throw BadgeRoundRejectedException.because("decisionDate", "Ngày quyết định ở tương lai.");
		}
		List<BadgeProposal> list = round(id).active();
		if (list.isEmpty()) {
			throw BadgeRoundRejectedException.because("round", "Danh sách không có ai.");
		}
		if (!numbering.fits(list.size())) {
			throw BadgeRoundRejectedException.because("numberPrefix",
					"Cần mã đảng bộ (chữ, số) và số thứ tự đầu từ 1, đủ cho " + list.size() + " huy hiệu (tối đa 6 chữ số).");
		}
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			numbers.add(numbering.number(i, list.get(i).badgeYears()));
		}
		List<String> taken = store.taken(numbers);
		if (!taken.isEmpty()) {
			throw BadgeRoundRejectedException.because("firstSerial", "Số huy hiệu đã cấp: "
					+ taken.stream().limit(5).collect(Collectors.joining(", ")) + (taken.size() > 5 ? ", …" : "") + ".");
		}
		for (int i = 0; i < list.size(); i++) {
			BadgeProposal p = list.get(i);
			store.number(id, p.memberNo(), numbers.get(i));
			if (p.kind() == ProposalKind.POSTHUMOUS) {
				continue;
			}
			MemberView member = roster.find(p.memberNo(), round.awardDate())
				.orElseThrow(() -> BadgeRoundRejectedException.because("round", "Không có đảng viên " + p.memberNo() + "."));
			if (ledgerOf(member).badgeYearsBy(LocalDate.MAX) >= p.badgeYears()) {
				throw BadgeRoundRejectedException.because("round", "R-BADGE-1",
						p.fullName() + " đã được tặng Huy hiệu " + p.badgeYears() + " năm tuổi Đảng.");
			}
			try {
				members.record(p.memberNo(), new LedgerEvent(MemberEventType.BADGE_AWARDED, round.awardDate(), null,
						decision.number(), decision.date(), Integer.toString(p.badgeYears())), by);
			}
			catch (MemberRejectedException ex) {
				throw BadgeRoundRejectedException.because("round", p.fullName() + ": "
						+ ex.problems().stream().map(FieldProblem::describe).collect(Collectors.joining(" ")));
			}
		}
		store.approve(id, decision.number(), decision.date(), decision.issuer(), by);
		return list.size();
	}

	/** The members of the round's subtree who become eligible at the next four award dates. */
	@Transactional(readOnly = true)
	public List<UpcomingAwards> upcoming(long id) {
		StoredRound round = store.find(id).orElseThrow(() -> BadgeRoundNotFoundException.forId(id));
		return eligibility.upcoming(round.orgCode(), round.awardDate(), UPCOMING_DATES);
	}

}
