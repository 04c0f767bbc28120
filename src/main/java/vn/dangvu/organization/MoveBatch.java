package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import vn.dangvu.common.database.CopyRows;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.internal.TreeStore;
import vn.dangvu.organization.internal.Version;

/**
 * Moves read from an interchange file (restructurings.csv), checked one by one in the order given by the rules of
 * {@link Restructurings#applyImported} — each against the tree as the earlier ones of the batch left it — and written
 * together. The periods of the organizations concerned and of everything that was ever above them are read in two
 * queries, so that a move under its own subtree is seen in memory; the periods moved are written in one DELETE and one
 * COPY, the restructuring and subject rows by COPY, and the closure of everything that was ever below a moved
 * organization is recomputed once. Each move whose organization's province (from its day on) differs after the batch
 * from before it is announced ({@link SubtreesMoved}), as a move on its own is. A batch holds a run of moves with no
 * other change between them; made by {@link Restructurings#moveBatch}, used in one transaction and written once.
 */
public final class MoveBatch implements RestructuringBatch {

	private final TreeStore store;

	private final Consumer<SubtreesMoved> announce;

	private final String recordedBy;

	private final Set<String> codes;

	private final Map<String, Long> ids;

	/** The periods of the organizations concerned and of all that was ever above them, as the accepted moves leave them. */
	private final Map<Long, List<Version>> versions;

	/** The same periods as they were before the batch. */
	private final Map<Long, List<Version>> before;

	/** The organizations whose periods the accepted moves changed. */
	private final Set<Long> moved = new LinkedHashSet<>();

	private final List<Accepted> accepted = new ArrayList<>();

	/** Written already: the periods before the batch are those of its start, so a batch is written once. */
	private boolean written;

	private record Accepted(MoveOrganization command, String code, long organizationId, long parentId) {
	}

	MoveBatch(TreeStore store, Consumer<SubtreesMoved> announce, Collection<String> codes, String recordedBy) {
		this.store = store;
		this.announce = announce;
		this.recordedBy = recordedBy;
		this.codes = Restructurings.stripped(codes);
		this.ids = store.idsOf(this.codes);
		this.before = ids.isEmpty() ? Map.of() : store.versionsOf(store.ancestorsEver(ids.values()));
		this.versions = new HashMap<>(before);
	}

	@Override
	public void add(RestructuringCommand command) {
		if (!(command instanceof MoveOrganization c)) {
			throw new IllegalArgumentException("not a move: " + command.operation());
		}
		if (written) {
			throw new IllegalStateException("the batch is written: a new run needs a new batch");
		}
		LocalDate on = c.effectiveOn();
		Version current = Restructurings.existingIn("code", c.code(), on, codes, ids, versions);
		Version parent = Restructurings.existingIn("newParentCode", c.newParentCode(), on, codes, ids, versions);
		long orgId = current.organizationId();
		long parentId = parent.organizationId();
		List<Version> after = Version.change(versions.get(orgId), on, Version::parentId, v -> v.withParent(parentId));
		LocalDate until = Restructurings.carriedUntil(after, on, parentId);
		Restructurings.checkMove(current, parent, on,
				() -> Optional.ofNullable(firstDayAbove(orgId, parentId, on, until, 0)), () -> c.newParentCode().strip());
		versions.put(orgId, after);
		moved.add(orgId);
		accepted.add(new Accepted(c, c.code().strip(), orgId, parentId));
	}

	@Override
	public void write() {
		int n = accepted.size();
		written = true;
		if (n == 0) {
			return;
		}
		// read before anything is written: the closure still holds every organization that was ever below a moved one
		Set<Long> affected = store.descendantsEver(moved);
		long[] restructuringIds = store.insertRestructurings(accepted.stream()
			.map(a -> new TreeStore.NewRestructuring(RestructuringOperation.MOVE, a.command().decision(),
					a.command().effectiveOn(), null, null))
			.toList(), recordedBy);
		try (CopyRows rows = store.copy("restructuring_subject", "restructuring_id, organization_id, role, position")) {
			for (int i = 0; i < n; i++) {
				rows.cell(restructuringIds[i]).cell(accepted.get(i).organizationId()).cell("SUBJECT").cell(0).endRow();
				rows.cell(restructuringIds[i]).cell(accepted.get(i).parentId()).cell("NEW_PARENT").cell(0).endRow();
			}
		}
		store.rewriteVersions(moved, moved.stream().flatMap(id -> versions.get(id).stream()).toList());
		store.recomputeClosure(affected);
		for (int i = 0; i < n; i++) {
			Accepted a = accepted.get(i);
			LocalDate on = a.command().effectiveOn();
			if (!provinces(before, a.organizationId(), on).equals(provinces(versions, a.organizationId(), on))) {
				announce.accept(new SubtreesMoved(restructuringIds[i], on, Set.of(a.code())));
			}
		}
	}

	/** Days [from, to) on which an organization was under the top-level organization {@code topId}. */
	private record TopSpan(long topId, LocalDate from, LocalDate to) {
	}

	/**
	 * The province of the organization from the day on, in the periods given: the top-level organization above it on
	 * each day, as spans in order, adjacent spans of the same province joined — what the province timeline of
	 * {@code Organizations} reads from the closure, here from the periods before or after the batch.
	 */
	private static List<TopSpan> provinces(Map<Long, List<Version>> periods, long orgId, LocalDate day) {
		List<TopSpan> spans = new ArrayList<>();
		addProvinces(periods, orgId, day, Dates.OPEN_END, spans);
		return spans;
	}

	private static void addProvinces(Map<Long, List<Version>> periods, long orgId, LocalDate from, LocalDate to,
			List<TopSpan> spans) {
		List<Version> own = periods.get(orgId);
		if (own == null) {
			throw new IllegalStateException("the tree above organization " + orgId + " was not read for the batch");
		}
		for (Version v : own) {
			LocalDate start = v.from().isAfter(from) ? v.from() : from;
			LocalDate end = v.to().isBefore(to) ? v.to() : to;
			if (!start.isBefore(end)) {
				continue;
			}
			if (v.parentId() != null) {
				addProvinces(periods, v.parentId(), start, end, spans);
				continue;
			}
			int last = spans.size() - 1;
			if (last >= 0 && spans.get(last).topId() == orgId && spans.get(last).to().equals(start)) {
				spans.set(last, new TopSpan(orgId, spans.get(last).from(), end));
			}
			else {
				spans.add(new TopSpan(orgId, start, end));
			}
		}
	}

	/**
	 * The first day of [from, to) on which {@code ancestorId} is {@code orgId} or above it, in the tree as the batch has
	 * it; null when there is none. {@code depth} counts the levels walked up.
	 */
	private LocalDate firstDayAbove(long ancestorId, long orgId, LocalDate from, LocalDate to, int depth) {
		if (orgId == ancestorId) {
			return from;
		}
		List<Version> periods = versions.get(orgId);
		if (periods == null || depth > versions.size()) {
			throw new IllegalStateException("the tree above organization " + orgId + " was not read for the batch");
		}
		for (Version v : periods) {
			LocalDate start = v.from().isAfter(from) ? v.from() : from;
			LocalDate end = v.to().isBefore(to) ? v.to() : to;
			if (v.parentId() != null && start.isBefore(end)) {
				LocalDate day = firstDayAbove(ancestorId, v.parentId(), start, end, depth + 1);
				if (day != null) {
					return day; // the periods are in order: the first found is the first day
				}
			}
		}
		return null;
	}

}
