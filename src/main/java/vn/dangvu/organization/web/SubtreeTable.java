package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.RestructuringPreview;

/**
 * A subtree of the preview of a restructuring, drawn as an indented table in tree order, each row marked with what
 * the restructuring does to it: created, changed (with the other side's version, to show what it was or will be),
 * ended, or nothing.
 */
record SubtreeTable(OrganizationView root, List<Row> rows) {

	enum Change {

		NONE, NEW, CHANGED, ENDED;

		public String messageKey() {
			return "restructuring.change." + name();
		}

	}

	/**
	 * @param other in an "after" table, the organization as it was before the change, when it changed
	 */
	record Row(OrganizationView organization, int depth, Change change, OrganizationView other) {

		public boolean nameChanged() {
			return other != null && !Objects.equals(other.name(), organization.name());
		}

		public boolean typeChanged() {
			return other != null && other.type() != organization.type();
		}

		public boolean parentChanged() {
			return other != null && !Objects.equals(other.parentCode(), organization.parentCode());
		}

	}

	/** The subtrees the day before the effective date. */
	static List<SubtreeTable> before(RestructuringPreview preview) {
		Map<String, OrganizationView> after = byCode(preview.after());
		return tables(preview.before(), o -> {
			OrganizationView then = after.get(o.code());
			if (then == null) {
				return new Row(o, 0, Change.ENDED, null);
			}
			// what it becomes is shown in the "after" table
			return new Row(o, 0, differs(o, then) ? Change.CHANGED : Change.NONE, null);
		});
	}

	/** The subtrees on the effective date. */
	static List<SubtreeTable> after(RestructuringPreview preview) {
		Map<String, OrganizationView> before = byCode(preview.before());
		LocalDate on = preview.command().effectiveOn();
		return tables(preview.after(), o -> {
			OrganizationView was = before.get(o.code());
			if (was == null) {
				return new Row(o, 0, on.equals(o.establishedOn()) ? Change.NEW : Change.NONE, null);
			}
			return differs(was, o) ? new Row(o, 0, Change.CHANGED, was) : new Row(o, 0, Change.NONE, null);
		});
	}

	private static boolean differs(OrganizationView a, OrganizationView b) {
		return !Objects.equals(a.name(), b.name()) || a.type() != b.type() || a.field() != b.field()
				|| !Objects.equals(a.parentCode(), b.parentCode());
	}

	private static Map<String, OrganizationView> byCode(Map<String, List<OrganizationView>> trees) {
		Map<String, OrganizationView> views = new HashMap<>();
		trees.values().forEach(tree -> tree.forEach(o -> views.put(o.code(), o)));
		return views;
	}

	/** One table per subtree, leaving out a subtree that another one already contains. */
	private static List<SubtreeTable> tables(Map<String, List<OrganizationView>> trees,
			Function<OrganizationView, Row> mark) {
		List<SubtreeTable> tables = new ArrayList<>();
		for (Map.Entry<String, List<OrganizationView>> tree : trees.entrySet()) {
			boolean contained = trees.entrySet().stream()
				.anyMatch(other -> other != tree && other.getValue().size() > tree.getValue().size()
						&& other.getValue().stream().anyMatch(o -> o.code().equals(tree.getKey())));
			if (!contained && !tree.getValue().isEmpty()) {
				tables.add(table(tree.getValue(), mark));
			}
		}
		return tables;
	}

	private static SubtreeTable table(List<OrganizationView> subtree,
			Function<OrganizationView, Row> mark) {
		OrganizationView root = subtree.get(0);
		Map<String, List<OrganizationView>> children = new LinkedHashMap<>();
		for (OrganizationView o : subtree.subList(1, subtree.size())) {
			children.computeIfAbsent(o.parentCode(), k -> new ArrayList<>()).add(o);
		}
		Comparator<OrganizationView> order = Comparator.comparing(OrganizationView::name, VietnameseText.order())
			.thenComparing(OrganizationView::code);
		children.values().forEach(list -> list.sort(order));
		List<Row> rows = new ArrayList<>();
		addInTreeOrder(root, 0, children, mark, rows, new HashSet<>());
		return new SubtreeTable(root, List.copyOf(rows));
	}

	private static void addInTreeOrder(OrganizationView o, int depth, Map<String, List<OrganizationView>> children,
			Function<OrganizationView, Row> mark, List<Row> rows, Set<String> seen) {
		if (!seen.add(o.code())) {
			return;
		}
		Row row = mark.apply(o);
		rows.add(new Row(o, depth, row.change(), row.other()));
		for (OrganizationView child : children.getOrDefault(o.code(), List.of())) {
			addInTreeOrder(child, depth + 1, children, mark, rows, seen);
		}
	}

}
