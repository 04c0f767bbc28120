package vn.dangvu.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringCommand.SplitOrganization;
import vn.dangvu.organization.internal.TreeStore;
import vn.dangvu.organization.internal.Version;

/**
 * Changes to the organization tree. Each command is checked in full before anything is written, recorded with its
 * decision, and applied from its effective date on: the version periods of the organizations concerned are split at
 * that date, the closure table of everything below them is recomputed in the same transaction, and the tree before
 * the date stays as it was.
 */
@Service
public class Restructurings {

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[\\p{L}0-9][\\p{L}0-9._\\-]{0,99}");

	private final TreeStore store;

	private final ObjectProvider<OrganizationMembership> membership;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Organizations organizations;

	private final Clock clock;

	Restructurings(TreeStore store, ObjectProvider<OrganizationMembership> membership, ApplicationEventPublisher events,
			TransactionTemplate transactions, Organizations organizations, Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.store = store;
		this.membership = membership;
		this.events = events;
		this.transactions = transactions;
		this.organizations = organizations;
	}

	/**
	 * Applies the command; answers the id of the recorded restructuring. Publishes {@link RestructuringRecorded} with
	 * the organizations concerned before and after, for the audit trail.
	 */
	@Transactional
	public long apply(RestructuringCommand command, String recordedBy) {
		List<String> codes = codesConcerned(command);
		List<OrganizationView> before = viewsOn(codes, command.effectiveOn().minusDays(1));
		long id = execute(command, recordedBy);
		events.publishEvent(new RestructuringRecorded(id, command.operation(), command.decision(),
				command.effectiveOn(), codes, before, viewsOn(codes, command.effectiveOn()), recordedBy));
		return id;
	}

	/**
	 * Applies a command read from an interchange file: the same as {@link #apply}, but the row is not recorded in the
	 * audit trail on its own — the import as a whole is.
	 */
	@Transactional
	public long applyImported(RestructuringCommand command, String recordedBy) {
		return execute(command, recordedBy);
	}

	/**
	 * Announces the organizations whose province may have changed from the day ({@link SubtreesMoved}). When that day
	 * is after today, what carries the province of today cannot follow yet: the restructuring is also listed (V35) to
	 * be announced again on its day ({@link #announceDue}).
	 */
	private void announce(SubtreesMoved moved) {
		events.publishEvent(moved);
		if (moved.effectiveOn().isAfter(LocalDate.now(clock))) {
			store.insertEffectDue(moved.restructuringId(), moved.effectiveOn(), moved.codes());
		}
	}

	/**
	 * Announces again each listed move, merge or split whose day has come (V35), the earliest first, each in a
	 * transaction of its own that also takes it off the list; answers how many. Run at the start and each night
	 * ({@code RestructuringEffects}).
	 */
	public int announceDue() {
		int announced = 0;
		while (Boolean.TRUE.equals(transactions.execute(status -> {
			Optional<SubtreesMoved> due = store.takeEffectDue(LocalDate.now(clock));
			due.ifPresent(events::publishEvent);
			return due.isPresent();
		}))) {
			announced++;
		}
		return announced;
	}

	private static List<String> codesConcerned(RestructuringCommand command) {
		Set<String> codes = new java.util.LinkedHashSet<>();
		if (command instanceof EstablishOrganization c && !blank(c.code())) {
			codes.add(c.code().strip()); // the organization established first, then its parent
		}
		for (String code : rootsConcerned(command)) {
			if (!blank(code)) {
				codes.add(code.strip());
			}
		}
		for (String code : codesCreatedOrTargeted(command)) {
			if (!blank(code)) {
				codes.add(code.strip());
			}
		}
		return List.copyOf(codes);
	}

	private List<OrganizationView> viewsOn(List<String> codes, LocalDate date) {
		List<OrganizationView> views = new ArrayList<>();
		for (String code : codes) {
			organizations.find(code, date).ifPresent(views::add);
		}
		return views;
	}

	private long execute(RestructuringCommand command, String recordedBy) {
		Objects.requireNonNull(command.decision(), "decision");
		Objects.requireNonNull(command.effectiveOn(), "effectiveOn");
		return switch (command) {
			case EstablishOrganization c -> establish(c, recordedBy);
			case RenameOrganization c -> rename(c, recordedBy);
			case MoveOrganization c -> move(c, recordedBy);
			case ChangeOrganizationType c -> changeType(c, recordedBy);
			case MergeOrganizations c -> merge(c, recordedBy);
			case SplitOrganization c -> split(c, recordedBy);
			case DissolveOrganization c -> dissolve(c, recordedBy);
		};
	}

	/**
	 * Runs the command in a transaction that is rolled back, and answers what it would change: the subtree of each
	 * organization concerned the day before and on the effective date.
	 */
	public RestructuringPreview preview(RestructuringCommand command, Organizations organizations) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			LocalDate before = command.effectiveOn().minusDays(1);
			List<String> roots = rootsConcerned(command);
			Map<String, List<OrganizationView>> beforeTrees = new LinkedHashMap<>();
			for (String code : roots) {
				organizations.find(code, before).ifPresent(o -> beforeTrees.put(code, organizations.subtree(code, before)));
			}
			execute(command, "preview");
			Map<String, List<OrganizationView>> afterTrees = new LinkedHashMap<>();
			for (String code : roots) {
				organizations.find(code, command.effectiveOn())
					.ifPresent(o -> afterTrees.put(code, organizations.subtree(code, command.effectiveOn())));
			}
			for (String code : codesCreatedOrTargeted(command)) {
				organizations.find(code, command.effectiveOn())
					.ifPresent(o -> afterTrees.putIfAbsent(code, organizations.subtree(code, command.effectiveOn())));
			}
			return new RestructuringPreview(command, beforeTrees, afterTrees);
		});
	}

	private static List<String> rootsConcerned(RestructuringCommand command) {
		return switch (command) {
			case EstablishOrganization c -> c.parentCode() == null || c.parentCode().isBlank() ? List.of()
					: List.of(c.parentCode());
			case RenameOrganization c -> List.of(c.code());
			case MoveOrganization c -> List.of(c.code());
			case ChangeOrganizationType c -> List.of(c.code());
			case MergeOrganizations c -> c.subjectCodes();
			case SplitOrganization c -> List.of(c.code());
			case DissolveOrganization c -> List.of(c.code());
		};
	}

	private static List<String> codesCreatedOrTargeted(RestructuringCommand command) {
		return switch (command) {
			case EstablishOrganization c -> List.of(c.code());
			case MoveOrganization c -> List.of(c.newParentCode());
			case MergeOrganizations c -> List.of(c.targetCode());
			case SplitOrganization c -> c.parts().stream().map(NewOrganization::code).toList();
			default -> List.of();
		};
	}

	private long establish(EstablishOrganization c, String recordedBy) {
		NewOrganization organization = new NewOrganization(c.code(), c.name(), c.type(), c.field());
		Version parent = blank(c.parentCode()) ? null : existingOn("parentCode", c.parentCode(), c.effectiveOn());
		Long parentId = parent == null ? null : parent.organizationId();
		checkNew("code", organization);
		if (parent != null) {
			checkMayHaveChild(parent);
		}
		long id = store.insertRestructuring(RestructuringOperation.ESTABLISH, c.decision(), c.effectiveOn(), null, null,
				recordedBy);
		long created = create(organization, parentId, c.effectiveOn(), id);
		store.insertSubject(id, created, "SUBJECT", 0);
		if (parentId != null) {
			store.insertSubject(id, parentId, "NEW_PARENT", 0);
		}
		store.recomputeClosure(List.of(created));
		return id;
	}

	/**
	 * A batch of establishments read from an interchange file (organizations.csv): each is checked by the same rules as
	 * {@link #applyImported} when it is added, and all are written together with COPY by {@link EstablishmentBatch#write}
	 * — an import of hundreds of thousands of organizations instead of a dozen statements for each.
	 */
	public EstablishmentBatch establishmentBatch(String recordedBy) {
		return new EstablishmentBatch(this, store, recordedBy);
	}

	/**
	 * A batch of renames and changes of type read from an interchange file, for the organizations of the given codes:
	 * each is checked by the same rules as {@link #applyImported} when it is added, and all are written together by
	 * {@link AttributeChangeBatch#write} — thousands of renames of a reorganization in a handful of statements.
	 */
	public AttributeChangeBatch attributeChangeBatch(java.util.Collection<String> codes, String recordedBy) {
		return new AttributeChangeBatch(store, codes, recordedBy);
	}

	/**
	 * A batch of moves read from an interchange file, for the organizations of the given codes (the moved and their new
	 * parents): each is checked by the same rules as {@link #applyImported} when it is added, against the tree as the
	 * earlier ones left it, and all are written together by {@link MoveBatch#write} — the closure recomputed once for
	 * the run, and each move that changed a province announced as {@link #applyImported} announces it.
	 */
	public MoveBatch moveBatch(java.util.Collection<String> codes, String recordedBy) {
		return new MoveBatch(store, this::announce, codes, recordedBy);
	}

	/** The parent of an establishment, when it is recorded already: its id, checked as {@link #establish} does. */
	long recordedParent(EstablishOrganization c) {
		Version parent = existingOn("parentCode", c.parentCode(), c.effectiveOn());
		checkMayHaveChild(parent);
		return parent.organizationId();
	}

	private long rename(RenameOrganization c, String recordedBy) {
		Version at = existingOn("code", c.code(), c.effectiveOn());
		long orgId = at.organizationId();
		String name = checkRename(c, at);
		long id = store.insertRestructuring(RestructuringOperation.RENAME, c.decision(), c.effectiveOn(), name, null,
				recordedBy);
		store.insertSubject(id, orgId, "SUBJECT", 0);
		change(orgId, c.effectiveOn(), Version::name, v -> v.withName(name));
		return id;
	}

	/** The name a rename gives (normalized), checked against the period {@code at} that covers its date. */
	static String checkRename(RenameOrganization c, Version at) {
		String name = VietnameseText.normalize(c.newName());
		if (blank(name)) {
			throw RestructuringRefusedException.because("newName", "Tên mới không được để trống.");
		}
		if (at.name().equals(name)) {
			throw RestructuringRefusedException.because("newName", "Tổ chức đã mang tên này vào ngày hiệu lực.");
		}
		return name;
	}

	private long changeType(ChangeOrganizationType c, String recordedBy) {
		Version at = existingOn("code", c.code(), c.effectiveOn());
		long orgId = at.organizationId();
		checkChangeType(c, at, () -> !store.childrenOn(orgId, c.effectiveOn()).isEmpty());
		long id = store.insertRestructuring(RestructuringOperation.CHANGE_TYPE, c.decision(), c.effectiveOn(), null,
				c.newType(), recordedBy);
		store.insertSubject(id, orgId, "SUBJECT", 0);
		change(orgId, c.effectiveOn(), Version::type, v -> v.withType(c.newType()));
		return id;
	}

	/**
	 * Checks a change of type against the period {@code at} that covers its date; {@code hasChildren} tells whether
	 * the organization has children on that date (asked only for a type that may have none).
	 */
	static void checkChangeType(ChangeOrganizationType c, Version at, java.util.function.BooleanSupplier hasChildren) {
		Objects.requireNonNull(c.newType(), "newType");
		if (at.type() == c.newType()) {
			throw RestructuringRefusedException.because("newType", "Tổ chức đã thuộc loại này vào ngày hiệu lực.");
		}
		if (!c.newType().mayHaveChildren() && hasChildren.getAsBoolean()) {
			throw RestructuringRefusedException.because("newType",
					"Tổ chức còn tổ chức trực thuộc nên không thể chuyển thành chi bộ.");
		}
	}

	private long move(MoveOrganization c, String recordedBy) {
		Version current = existingOn("code", c.code(), c.effectiveOn());
		Version parent = existingOn("newParentCode", c.newParentCode(), c.effectiveOn());
		long orgId = current.organizationId();
		long parentId = parent.organizationId();
		List<Version> versions = store.versions(orgId);
		List<Version> moved = Version.change(versions, c.effectiveOn(), Version::parentId, v -> v.withParent(parentId));
		LocalDate until = carriedUntil(moved, c.effectiveOn(), parentId);
		checkMove(current, parent, c.effectiveOn(), () -> store.firstDayAbove(orgId, parentId, c.effectiveOn(), until),
				() -> store.codeOf(parentId));
		long id = store.insertRestructuring(RestructuringOperation.MOVE, c.decision(), c.effectiveOn(), null, null,
				recordedBy);
		store.insertSubject(id, orgId, "SUBJECT", 0);
		store.insertSubject(id, parentId, "NEW_PARENT", 0);
		var provinces = organizations.provinceTimeline(c.code().strip(), c.effectiveOn());
		Set<Long> affected = store.descendantsEver(orgId);
		store.replaceVersions(versions, moved);
		store.recomputeClosure(affected);
		// a move within its province changes no one's province (the subtree's organizations have the moved one's):
		// nothing that carries the province has to look again (a rebuild of the sums by province takes seconds)
		if (!organizations.provinceTimeline(c.code().strip(), c.effectiveOn()).equals(provinces)) {
			announce(new SubtreesMoved(id, c.effectiveOn(), Set.of(c.code().strip())));
		}
		return id;
	}

	/**
	 * The end of the days a move from {@code on} puts the organization under {@code parentId}: its periods after the
	 * move ({@code moved}) carry the new parent from that day up to a later decision that had changed the parent.
	 */
	static LocalDate carriedUntil(List<Version> moved, LocalDate on, long parentId) {
		LocalDate until = on;
		for (Version v : moved) {
			if (v.to().isAfter(on)) {
				if (!Objects.equals(v.parentId(), parentId)) {
					break;
				}
				until = v.to();
			}
		}
		return until;
	}

	/**
	 * Merges the subjects into the target: all checked before the first write (the target's type against the
	 * subjects' children too), with the periods, children and codes each read once for all the subjects; the subjects
	 * end, what was below each on the day goes under the target — a subject merged together with one of its own
	 * subordinates ends too, its children moved likewise.
	 */
	private long merge(MergeOrganizations c, String recordedBy) {
		LocalDate on = c.effectiveOn();
		if (c.subjectCodes() == null || c.subjectCodes().isEmpty()) {
			throw RestructuringRefusedException.because("subjectCodes", "Cần ít nhất một tổ chức được sáp nhập.");
		}
		Map<String, Version> found = store.versionsOn(stripped(c.subjectCodes()), on);
		List<Long> subjects = new ArrayList<>();
		List<String> subjectCodes = new ArrayList<>();
		for (String code : c.subjectCodes()) {
			Version at = blank(code) ? null : found.get(code.strip());
			long subjectId = (at != null ? at : existingOn("subjectCodes", code, on)).organizationId();
			if (subjects.contains(subjectId)) {
				throw RestructuringRefusedException.because("subjectCodes", "Tổ chức " + code + " được nêu hai lần.");
			}
			subjects.add(subjectId);
			subjectCodes.add(code.strip());
		}
		Version target = null;
		Long newTargetParent = null;
		if (c.newTarget() == null) {
			target = existingOn("targetCode", c.targetCode(), on);
			if (subjects.contains(target.organizationId())) {
				throw RestructuringRefusedException.because("targetCode",
						"Tổ chức nhận sáp nhập không thể đồng thời là tổ chức được sáp nhập.");
			}
		}
		else {
			checkNew("targetCode", c.newTarget());
			if (!blank(c.newTargetParentCode())) {
				Version parent = existingOn("newParentCode", c.newTargetParentCode(), on);
				checkMayHaveChild(parent);
				newTargetParent = parent.organizationId();
				if (subjects.contains(newTargetParent)) {
					throw RestructuringRefusedException.because("newParentCode",
							"Tổ chức cấp trên mới không thể là tổ chức được sáp nhập.");
				}
				// below a subject, it would go under the new target with the subject's children: a loop
				Set<Long> aboveParent = store.ancestorsOn(newTargetParent, on);
				for (int i = 0; i < subjects.size(); i++) {
					if (aboveParent.contains(subjects.get(i))) {
						throw RestructuringRefusedException.because("newParentCode", "Tổ chức cấp trên mới "
								+ c.newTargetParentCode().strip() + " đang trực thuộc " + subjectCodes.get(i)
								+ ", tổ chức được sáp nhập.");
					}
				}
			}
		}
		Map<Long, List<Version>> periods = store.versionsOf(subjects);
		Set<Long> aboveTarget = target == null ? Set.of() : store.ancestorsOn(target.organizationId(), on);
		for (int i = 0; i < subjects.size(); i++) {
			checkNoLaterChanges(subjectCodes.get(i), periods.get(subjects.get(i)), on);
			if (aboveTarget.contains(subjects.get(i))) {
				throw RestructuringRefusedException.because("targetCode",
						"Tổ chức nhận sáp nhập đang trực thuộc " + subjectCodes.get(i) + ".");
			}
		}
		// what is below each subject on the day, but not merged itself, goes under the target
		Map<Long, List<Long>> childrenOf = new HashMap<>();
		for (Version child : store.childVersionsOf(subjects)) {
			if (child.covers(on) && !subjects.contains(child.organizationId())) {
				childrenOf.computeIfAbsent(child.parentId(), p -> new ArrayList<>()).add(child.organizationId());
			}
		}
		OrganizationType targetType = target == null ? c.newTarget().type() : target.type();
		List<Long> children = new ArrayList<>();
		for (int i = 0; i < subjects.size(); i++) {
			List<Long> ofSubject = childrenOf.getOrDefault(subjects.get(i), List.of());
			if (!ofSubject.isEmpty() && !targetType.mayHaveChildren()) {
				throw RestructuringRefusedException.because("targetCode",
						"Tổ chức nhận sáp nhập là chi bộ, không thể nhận tổ chức trực thuộc của " + subjectCodes.get(i) + ".");
			}
			children.addAll(ofSubject);
		}
		List<Long> changed = new ArrayList<>(subjects);
		changed.addAll(children);
		// read before anything is written: the closure still holds all that was ever below them
		Set<Long> affected = store.descendantsEver(changed);
		long id = store.insertRestructuring(RestructuringOperation.MERGE, c.decision(), on,
				c.newTarget() == null ? null : c.newTarget().name(),
				c.newTarget() == null ? null : c.newTarget().type(), recordedBy);
		List<TreeStore.Subject> roles = new ArrayList<>();
		long targetId;
		if (target == null) {
			targetId = create(c.newTarget(), newTargetParent, on, id);
			affected.add(targetId);
			if (newTargetParent != null) {
				roles.add(new TreeStore.Subject(newTargetParent, "NEW_PARENT", 0));
			}
		}
		else {
			targetId = target.organizationId();
		}
		String targetCode = target == null ? c.newTarget().code() : c.targetCode().strip();
		roles.add(new TreeStore.Subject(targetId, "TARGET", 0));
		Map<String, String> membersMoveTo = new LinkedHashMap<>();
		for (int i = 0; i < subjects.size(); i++) {
			roles.add(new TreeStore.Subject(subjects.get(i), "SUBJECT", i));
			membersMoveTo.put(subjectCodes.get(i), targetCode);
			// a subject's periods: usually one cut short (an UPDATE), where rewriting them would delete and insert
			List<Version> before = periods.get(subjects.get(i));
			store.replaceVersions(before, endedBefore(before, on));
		}
		store.insertSubjects(id, roles);
		if (!children.isEmpty()) {
			Map<Long, List<Version>> ofChildren = store.versionsOf(children);
			store.rewriteVersions(children, children.stream()
				.flatMap(child -> Version.change(ofChildren.get(child), on, Version::parentId, v -> v.withParent(targetId))
					.stream())
				.toList());
		}
		store.markEnded(subjects, on, id);
		for (long subjectId : subjects) {
			store.insertLineage(subjectId, targetId, id, on);
		}
		store.recomputeClosure(affected);
		events.publishEvent(new OrganizationsRestructured(id, RestructuringOperation.MERGE, on, membersMoveTo));
		announce(new SubtreesMoved(id, on, Set.of(targetCode)));
		return id;
	}

	private long split(SplitOrganization c, String recordedBy) {
		LocalDate on = c.effectiveOn();
		Version subject = existingOn("code", c.code(), on);
		long subjectId = subject.organizationId();
		if (c.parts() == null || c.parts().size() < 2) {
			throw RestructuringRefusedException.because("parts", "Chia tách cần ít nhất hai tổ chức mới.");
		}
		Set<String> partCodes = new HashSet<>();
		for (NewOrganization part : c.parts()) {
			checkNew("parts", part);
			if (!partCodes.add(part.code())) {
				throw RestructuringRefusedException.because("parts", "Mã " + part.code() + " được nêu hai lần.");
			}
		}
		List<Version> periods = store.versions(subjectId);
		checkNoLaterChanges(c.code().strip(), periods, on);
		List<Version> children = store.childrenOn(subjectId, on);
		Map<String, String> assignment = c.childAssignment() == null ? Map.of() : c.childAssignment();
		for (Version child : children) {
			String childCode = store.codeOf(child.organizationId());
			String partCode = assignment.get(childCode);
			if (partCode == null || !partCodes.contains(partCode)) {
				throw RestructuringRefusedException.because("childAssignment",
						"Chưa chọn tổ chức mới cho " + childCode + ".");
			}
		}
		long id = store.insertRestructuring(RestructuringOperation.SPLIT, c.decision(), on, null, null, recordedBy);
		store.insertSubject(id, subjectId, "SUBJECT", 0);
		Map<String, Long> created = new LinkedHashMap<>();
		int position = 0;
		for (NewOrganization part : c.parts()) {
			if (!part.type().mayHaveChildren() && assignment.containsValue(part.code())) {
				throw RestructuringRefusedException.because("childAssignment",
						"Tổ chức " + part.code() + " là chi bộ, không thể nhận tổ chức trực thuộc.");
			}
			long partId = create(part, subject.parentId(), on, id);
			created.put(part.code(), partId);
			store.insertSubject(id, partId, "PART", position++);
			store.insertLineage(subjectId, partId, id, on);
		}
		store.recomputeClosure(created.values());
		Set<Long> affected = new HashSet<>();
		for (Version child : children) {
			moveUnder(child.organizationId(), created.get(assignment.get(store.codeOf(child.organizationId()))), on,
					affected);
		}
		end(subjectId, periods, on, id, affected);
		store.recomputeClosure(affected);
		// the subject's own members go to the first part; officers move individual members afterwards
		events.publishEvent(new OrganizationsRestructured(id, RestructuringOperation.SPLIT, on,
				Map.of(c.code(), c.parts().get(0).code())));
		// the parts of a province are provinces of their own
		announce(new SubtreesMoved(id, on, Set.copyOf(partCodes)));
		return id;
	}

	private long dissolve(DissolveOrganization c, String recordedBy) {
		LocalDate on = c.effectiveOn();
		long orgId = existingOn("code", c.code(), on).organizationId();
		int children = store.childrenOn(orgId, on).size();
		if (children > 0) {
			throw RestructuringRefusedException.because("code", "Không thể giải thể " + c.code() + ": vào ngày "
					+ Dates.format(on) + " còn " + children + " tổ chức trực thuộc. Hãy chuyển hoặc giải thể chúng trước.");
		}
		long members = membersOn(c.code(), on);
		if (members > 0) {
			throw RestructuringRefusedException.because("code", "Không thể giải thể " + c.code() + ": vào ngày "
					+ Dates.format(on) + " còn " + members + " đảng viên. Hãy chuyển sinh hoạt đảng cho họ trước.");
		}
		List<Version> periods = store.versions(orgId);
		checkNoLaterChanges(c.code().strip(), periods, on);
		long id = store.insertRestructuring(RestructuringOperation.DISSOLVE, c.decision(), on, null, null, recordedBy);
		store.insertSubject(id, orgId, "SUBJECT", 0);
		Set<Long> affected = new HashSet<>();
		end(orgId, periods, on, id, affected);
		store.recomputeClosure(affected);
		return id;
	}

	private long membersOn(String code, LocalDate date) {
		OrganizationMembership members = membership.getIfAvailable();
		return members == null ? 0 : members.membersOn(code, date);
	}

	// ---- the mechanics shared by the operations

	private long create(NewOrganization organization, Long parentId, LocalDate on, long restructuringId) {
		long id = store.insertOrganization(organization.code(), on, restructuringId);
		store.insertVersion(new Version(id, on, Dates.OPEN_END, VietnameseText.normalize(organization.name()),
				organization.type(), organization.field(), parentId));
		return id;
	}

	/** Sets an attribute from {@code on}, as {@link Version#change} says, writing only the periods it changes. */
	private void change(long orgId, LocalDate on, Function<Version, Object> attribute, UnaryOperator<Version> update) {
		List<Version> versions = store.versions(orgId);
		store.replaceVersions(versions, Version.change(versions, on, attribute, update));
	}

	private void moveUnder(long orgId, long parentId, LocalDate on, Set<Long> affected) {
		affected.addAll(store.descendantsEver(orgId));
		change(orgId, on, Version::parentId, v -> v.withParent(parentId));
	}

	/** Ends an organization, its periods given: it exists up to the day before {@code on}. */
	private void end(long orgId, List<Version> periods, LocalDate on, long restructuringId, Set<Long> affected) {
		affected.addAll(store.descendantsEver(orgId));
		store.replaceVersions(periods, endedBefore(periods, on));
		store.markEnded(List.of(orgId), on, restructuringId);
	}

	/** The periods of an organization that ends on {@code on}: those before the day, the one covering it cut there. */
	private static List<Version> endedBefore(List<Version> periods, LocalDate on) {
		return periods.stream().filter(v -> v.from().isBefore(on)).map(v -> v.to().isAfter(on) ? v.to(on) : v).toList();
	}

	// ---- checks, all made before the first write

	/** The period on the date of the organization of the code, which must exist then. */
	private Version existingOn(String field, String code, LocalDate date) {
		return existingOn(field, code, date, store::versionOn, c -> store.idOf(c).isPresent());
	}

	/**
	 * The period on the date of the organization of the code, which must exist then; {@code versionOn} finds the
	 * period of a code on a date, {@code recorded} tells whether a code is recorded at all (asked only when not).
	 */
	static Version existingOn(String field, String code, LocalDate date,
			java.util.function.BiFunction<String, LocalDate, Optional<Version>> versionOn,
			java.util.function.Predicate<String> recorded) {
		if (blank(code)) {
			throw RestructuringRefusedException.because(field, "Chưa nhập mã tổ chức.");
		}
		String stripped = code.strip();
		return versionOn.apply(stripped, date)
			.orElseThrow(() -> recorded.test(stripped) ? RestructuringRefusedException.notExisting(field, code, date)
					: RestructuringRefusedException.unknown(field, code));
	}

	/** The codes given, stripped, without blanks, in order, each once: those a batch is made for. */
	static Set<String> stripped(java.util.Collection<String> codes) {
		Set<String> stripped = new java.util.LinkedHashSet<>();
		codes.stream().filter(code -> !blank(code)).forEach(code -> stripped.add(code.strip()));
		return stripped;
	}

	/**
	 * The period on the date of the organization of the code, which must exist then, as a batch made for {@code codes}
	 * holds it: {@code ids} the recorded ones among them, {@code versions} their periods as the batch left them.
	 */
	static Version existingIn(String field, String code, LocalDate date, Set<String> codes, Map<String, Long> ids,
			Map<Long, List<Version>> versions) {
		if (!blank(code) && !codes.contains(code.strip())) {
			throw new IllegalArgumentException("the batch was not made for " + code);
		}
		return existingOn(field, code, date,
				(c, d) -> Optional.ofNullable(ids.get(c))
					.flatMap(id -> versions.getOrDefault(id, List.of()).stream().filter(v -> v.covers(d)).findFirst()),
				ids::containsKey);
	}

	private void checkNew(String field, NewOrganization organization) {
		checkNew(field, organization, code -> store.idOf(code).isPresent());
	}

	static void checkNew(String field, NewOrganization organization, java.util.function.Predicate<String> taken) {
		if (organization == null || blank(organization.code()) || !CODE.matcher(organization.code()).matches()) {
			throw RestructuringRefusedException.because(field,
					"Mã tổ chức không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 100 ký tự).");
		}
		if (taken.test(organization.code())) {
			throw RestructuringRefusedException.because(field, "Mã " + organization.code() + " đã được dùng.");
		}
		if (blank(organization.name())) {
			throw RestructuringRefusedException.because(field, "Tên tổ chức không được để trống.");
		}
		if (organization.type() == null || organization.field() == null) {
			throw RestructuringRefusedException.because(field, "Cần chọn loại và lĩnh vực của tổ chức.");
		}
	}

	private void checkMayHaveChild(Version parent) {
		checkMayHaveChild(parent.type(), () -> store.codeOf(parent.organizationId()));
	}

	static void checkMayHaveChild(OrganizationType parentType, java.util.function.Supplier<String> parentCode) {
		if (!parentType.mayHaveChildren()) {
			throw RestructuringRefusedException.because("parentCode", "Tổ chức cấp trên " + parentCode.get()
					+ " là chi bộ: chi bộ không có tổ chức đảng trực thuộc.");
		}
	}

	/**
	 * Checks a move of {@code current} under {@code parent} (their periods on the date {@code on});
	 * {@code firstDayAbove} answers the first day, from {@code on} while the move holds, on which the organization is
	 * above the new parent — none when it never is (a later decision may have put the new parent under it), and
	 * {@code parentCode} names the new parent.
	 */
	static void checkMove(Version current, Version parent, LocalDate on,
			java.util.function.Supplier<Optional<LocalDate>> firstDayAbove, java.util.function.Supplier<String> parentCode) {
		long parentId = parent.organizationId();
		Optional<LocalDate> loop = current.organizationId() == parentId ? Optional.of(on) : firstDayAbove.get();
		if (loop.isPresent() && loop.get().equals(on)) {
			throw RestructuringRefusedException.because("newParentCode",
					"Không thể chuyển một tổ chức về trực thuộc chính nó hoặc tổ chức cấp dưới của nó.");
		}
		if (loop.isPresent()) {
			throw RestructuringRefusedException.because("newParentCode", "Không thể chuyển: từ ngày "
					+ Dates.format(loop.get()) + ", theo một quyết định đã ghi, tổ chức cấp trên mới " + parentCode.get()
					+ " là cấp dưới của tổ chức được chuyển.");
		}
		if (Objects.equals(current.parentId(), parentId)) {
			throw RestructuringRefusedException.because("newParentCode",
					"Tổ chức đã trực thuộc tổ chức này vào ngày hiệu lực.");
		}
		checkMayHaveChild(parent.type(), parentCode);
	}

	/** Refuses to end the organization of the code on {@code on} when its periods change after that day. */
	private static void checkNoLaterChanges(String code, List<Version> periods, LocalDate on) {
		if (periods.stream().anyMatch(v -> v.from().isAfter(on))) {
			throw RestructuringRefusedException.because("effectiveOn", "Tổ chức " + code + " đã có thay đổi sau ngày "
					+ Dates.format(on) + "; không thể kết thúc nó trước các thay đổi đó.");
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
