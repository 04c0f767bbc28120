package vn.dangvu.commendation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.commendation.internal.CommendationStore;
import vn.dangvu.commendation.internal.CommendationStore.StoredCommendation;
import vn.dangvu.commendation.internal.CommendationStore.StoredRow;
import vn.dangvu.common.Decision;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.SubtreeSpan;

/**
 * Reading the register: a decision with its recipients; the commendations of a subtree in a year, each recipient
 * attributed to the subtree by the organization it belonged to on the decision date and the tree of that date (so a
 * year's list and count stay the same after a later move or merge); the tally for the year-end summary; a member's
 * commendations.
 */
@Service
@Transactional(readOnly = true)
public class CommendationRegister {

	private final CommendationStore store;

	private final Organizations organizations;

	CommendationRegister(CommendationStore store, Organizations organizations) {
		this.store = store;
		this.organizations = organizations;
	}

	public CommendationView find(long id) {
		StoredCommendation c = store.find(id).orElseThrow(() -> CommendationNotFoundException.forId(id));
		Comparator<CommendationRecipient> order = Comparator.comparing(CommendationRecipient::kind)
			.thenComparing(r -> r.kind() == RecipientKind.MEMBER ? VietnameseText.givenName(r.name()) : r.name(),
					VietnameseText.order())
			.thenComparing(CommendationRecipient::name, VietnameseText.order())
			.thenComparing(CommendationRecipient::code);
		List<CommendationRecipient> recipients = store.recipients(id)
			.stream()
			.map(Commendations::recipient)
			.sorted(order)
			.toList();
		return new CommendationView(c.id(), c.orgCode(), decision(c), CommendationForm.valueOf(c.form()), c.reason(),
				c.achievementYear(), recipients, c.recordedBy(), c.recordedAt(), c.voidedBy(), c.voidedAt(),
				c.voidReason());
	}

	/**
	 * May the decision be shown from the subtree of {@code orgCode}: it was recorded by an organization ever in that
	 * subtree, or one of its recipients belonged to such an organization.
	 */
	public boolean concerns(CommendationView commendation, String orgCode) {
		Set<String> ever = organizations.codesEverInSubtree(orgCode);
		return ever.contains(commendation.orgCode())
				|| commendation.recipients().stream().anyMatch(r -> ever.contains(r.orgCode()));
	}

	/**
	 * The page of the list asked for and the tally of its year, from one read of the subtree's spans and
	 * commendations; the rows of a year are few enough to be sorted here, the Vietnamese way.
	 */
	public CommendationPage list(CommendationQuery q) {
		List<CommendationRow> year = rows(q.orgCode(), LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31));
		List<CommendationRow> all = listed(year, q.kind(), q.sort());
		int from = (int) Math.min(all.size(), (long) q.page() * q.size());
		int to = Math.min(all.size(), from + q.size());
		return new CommendationPage(all.size(), q.page(), q.size(), all.subList(from, to), tally(year));
	}

	/** Every row of the list, in its order (for the export). */
	public List<CommendationRow> all(String orgCode, int year, RecipientKind kind, CommendationSort sort) {
		return listed(rows(orgCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), kind, sort);
	}

	private static List<CommendationRow> listed(List<CommendationRow> rows, RecipientKind kind,
			CommendationSort sort) {
		return rows.stream()
			.filter(r -> kind == null || r.recipient().kind() == kind)
			.sorted(order(sort == null ? CommendationSort.NAME : sort))
			.toList();
	}

	/** Collectives and individuals commended in [from, to] in the subtree (R-STAT-1: a year-end figure). */
	public CommendationTally tally(String orgCode, LocalDate from, LocalDate to) {
		return tally(rows(orgCode, from, to));
	}

	/**
	 * {@link #tally} of each year from {@code firstYear} to {@code lastYear}, by year, from one read of the subtree's
	 * spans and commendations over those years (a recipient is attributed by the tree of its decision's date either
	 * way).
	 */
	public Map<Integer, CommendationTally> tallies(String orgCode, int firstYear, int lastYear) {
		Map<Integer, List<CommendationRow>> byYear = rows(orgCode, LocalDate.of(firstYear, 1, 1),
				LocalDate.of(lastYear, 12, 31))
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(r -> r.decisionDate().getYear()));
		Map<Integer, CommendationTally> tallies = new java.util.TreeMap<>();
		for (int year = firstYear; year <= lastYear; year++) {
			tallies.put(year, tally(byYear.getOrDefault(year, List.of())));
		}
		return tallies;
	}

	private static CommendationTally tally(List<CommendationRow> rows) {
		long collectives = rows.stream().filter(r -> r.recipient().kind() == RecipientKind.ORGANIZATION).count();
		return new CommendationTally(collectives, rows.size() - collectives);
	}

	/** A member's commendations, the newest first. */
	public List<CommendationRow> ofMember(String memberNo) {
		return store.ofMember(memberNo).stream().map(CommendationRegister::row).toList();
	}

	private List<CommendationRow> rows(String orgCode, LocalDate from, LocalDate to) {
		Map<String, List<SubtreeSpan>> spans = new HashMap<>();
		organizations.subtreeSpans(orgCode, from, to)
			.forEach(s -> spans.computeIfAbsent(s.code(), k -> new java.util.ArrayList<>()).add(s));
		if (spans.isEmpty()) {
			return List.of();
		}
		return store.rows(spans.keySet(), from, to)
			.stream()
			.filter(r -> spans.get(r.recipient().orgCode())
				.stream()
				.anyMatch(s -> s.covers(r.commendation().decisionDate())))
			.map(CommendationRegister::row)
			.toList();
	}

	private static CommendationRow row(StoredRow r) {
		StoredCommendation c = r.commendation();
		return new CommendationRow(c.id(), c.decisionNo(), c.decisionDate(), c.issuer(),
				CommendationForm.valueOf(c.form()), c.achievementYear(), Commendations.recipient(r.recipient()));
	}

	private static Decision decision(StoredCommendation c) {
		return new Decision(c.decisionNo(), c.decisionDate(), c.issuer());
	}

	private static Comparator<CommendationRow> order(CommendationSort sort) {
		Comparator<CommendationRow> byName = Comparator
			.comparing((CommendationRow r) -> r.recipient().kind())
			.thenComparing(r -> r.recipient().kind() == RecipientKind.MEMBER
					? VietnameseText.givenName(r.recipient().name()) : r.recipient().name(), VietnameseText.order())
			.thenComparing(r -> r.recipient().name(), VietnameseText.order());
		Comparator<CommendationRow> byDate = Comparator.comparing(CommendationRow::decisionDate).reversed()
			.thenComparing(CommendationRow::commendationId, Comparator.reverseOrder());
		Comparator<CommendationRow> first = sort == CommendationSort.DATE ? byDate.thenComparing(byName)
				: byName.thenComparing(byDate);
		return first.thenComparing(r -> r.recipient().code());
	}

}
