package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_TRANSFER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.database.RenderedQuery;
import vn.dangvu.common.time.Dates;
import vn.dangvu.common.time.WorkingDays;
import vn.dangvu.organization.Organizations;

/**
 * Transfers of party activities as a handshake between two organizations (DOMAIN.md §2.4). The sending side issues the
 * letter — the member is in transit — and the receiving side confirms reception; an official transfer then takes effect
 * in the ledger on the day of reception. A letter not received within 30 working days is overdue on both sides
 * (R-TRF-1). A temporary transfer lasts 3 months to under a year, 2 years for full-time training (R-TRF-2); the member
 * stays counted in the home organization.
 */
@Service
public class Transfers {

	/** R-TRF-1: working days to present the letter at the receiving organization. */
	static final int PRESENT_WITHIN_WORKING_DAYS = 30;

	private final DSLContext dsl;

	private final Members members;

	private final MemberRoster roster;

	private final Organizations organizations;

	private final Clock clock;

	/** A member's letters: every member's page shows them, their SQL rendered once. */
	private final RenderedQuery ofMember;

	Transfers(DSLContext dsl, Members members, MemberRoster roster, Organizations organizations, Optional<Clock> clock) {
		this.dsl = dsl;
		this.members = members;
		this.roster = roster;
		this.organizations = organizations;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.ofMember = RenderedQuery.of(dsl,
				query(MEMBER.MEMBER_NO.eq(DSL.param("memberNo", MEMBER.MEMBER_NO.getDataType()))));
	}

	/** R-TRF-1: the last day to present a letter issued on the date. */
	public static LocalDate deadline(LocalDate issuedOn) {
		return WorkingDays.plus(issuedOn, PRESENT_WITHIN_WORKING_DAYS);
	}

	/** Issues the letter; answers the transfer's id. */
	@Transactional
	public long issue(IssueTransfer t, String by) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		MemberView member = roster.find(t.memberNo(), t.issuedOn() == null ? today : t.issuedOn())
			.orElseThrow(() -> MemberNotFoundException.forNumber(t.memberNo()));
		if (t.kind() == null) {
			problems.add(FieldProblem.of("kind", "Chọn chuyển sinh hoạt chính thức hay tạm thời."));
		}
		if (t.issuedOn() == null) {
			problems.add(FieldProblem.of("issuedOn", "Cần ngày giới thiệu."));
		}
		else if (t.issuedOn().isAfter(today)) {
			problems.add(new FieldProblem("issuedOn", "LEDGER-DATE", "Ngày giới thiệu ở tương lai."));
		}
		else if (!member.status().isMember()) {
			problems.add(new FieldProblem("memberNo", "LIFECYCLE", "Chỉ chuyển sinh hoạt cho đảng viên đang sinh hoạt."));
		}
		if (t.toOrg() == null || t.toOrg().isBlank()) {
			problems.add(FieldProblem.of("toOrg", "Cần tổ chức nhận."));
		}
		else if (t.issuedOn() != null && organizations.find(t.toOrg().strip(), t.issuedOn()).isEmpty()) {
			problems.add(FieldProblem.of("toOrg", "Tổ chức " + t.toOrg() + " không tồn tại vào ngày " + Dates.format(t.issuedOn()) + "."));
		}
		else if (t.toOrg().strip().equals(member.orgCode())) {
			problems.add(FieldProblem.of("toOrg", "Đảng viên đang sinh hoạt ở " + member.orgCode() + "."));
		}
		if (t.kind() == TransferKind.TEMPORARY && t.issuedOn() != null) {
			checkTemporaryLength(t, problems);
		}
		long memberId = memberId(t.memberNo());
		if (pendingOf(memberId).isPresent()) {
			problems.add(FieldProblem.of("memberNo", "Đảng viên đang có giấy giới thiệu chưa được tiếp nhận hoặc hủy."));
		}
		if (!problems.isEmpty()) {
			throw MemberRejectedException.because(problems);
		}
		return dsl.insertInto(MEMBER_TRANSFER)
			.set(MEMBER_TRANSFER.MEMBER_ID, memberId)
			.set(MEMBER_TRANSFER.KIND, t.kind().name())
			.set(MEMBER_TRANSFER.FROM_ORG, member.orgCode())
			.set(MEMBER_TRANSFER.TO_ORG, t.toOrg().strip())
			.set(MEMBER_TRANSFER.ISSUED_ON, t.issuedOn())
			.set(MEMBER_TRANSFER.DECISION_NO, t.decisionNo())
			.set(MEMBER_TRANSFER.DECISION_DATE, t.decisionDate())
			.set(MEMBER_TRANSFER.TEMPORARY_UNTIL, t.kind() == TransferKind.TEMPORARY ? t.temporaryUntil() : null)
			.set(MEMBER_TRANSFER.RECORDED_BY, by)
			.returning(MEMBER_TRANSFER.ID)
			.fetchSingle(MEMBER_TRANSFER.ID);
	}

	/** R-TRF-2: 3 months to under 1 year; full-time training 3 months to 2 years. */
	static void checkTemporaryLength(IssueTransfer t, List<FieldProblem> problems) {
		if (t.temporaryUntil() == null) {
			problems.add(new FieldProblem("temporaryUntil", "R-TRF-2", "Chuyển sinh hoạt tạm thời cần ngày dự kiến trở về."));
			return;
		}
		long months = ChronoUnit.MONTHS.between(t.issuedOn(), t.temporaryUntil());
		boolean tooShort = t.temporaryUntil().isBefore(t.issuedOn().plusMonths(3));
		boolean tooLong = t.training() ? t.temporaryUntil().isAfter(t.issuedOn().plusYears(2))
				: !t.temporaryUntil().isBefore(t.issuedOn().plusYears(1));
		if (tooShort || tooLong) {
			problems.add(new FieldProblem("temporaryUntil", "R-TRF-2", (t.training()
					? "Chuyển sinh hoạt tạm thời để học tập từ 3 tháng đến 2 năm"
					: "Chuyển sinh hoạt tạm thời từ 3 tháng đến dưới 1 năm") + " (đang là " + months + " tháng)."));
		}
	}

	/**
	 * The receiving organization confirms. An official transfer becomes a TRANSFERRED event on the day of reception;
	 * a late one is accepted and reported as overdue (R-TRF-1: the competent committee handles it).
	 */
	@Transactional
	public TransferView receive(String memberNo, long transferId, LocalDate receivedOn, String by) {
		TransferView t = pending(memberNo, transferId);
		if (receivedOn == null || receivedOn.isBefore(t.issuedOn()) || receivedOn.isAfter(LocalDate.now(clock))) {
			throw MemberRejectedException.because(FieldProblem.of("receivedOn",
					"Ngày tiếp nhận phải từ ngày giới thiệu (" + Dates.format(t.issuedOn()) + ") đến hôm nay."));
		}
		if (t.kind() == TransferKind.OFFICIAL) {
			members.record(memberNo, new LedgerEvent(MemberEventType.TRANSFERRED, receivedOn, t.toOrg(), t.decisionNo(),
					t.decisionDate(), null), by);
		}
		dsl.update(MEMBER_TRANSFER).set(MEMBER_TRANSFER.RECEIVED_ON, receivedOn).where(MEMBER_TRANSFER.ID.eq(transferId)).execute();
		return find(transferId).orElseThrow();
	}

	@Transactional
	public void cancel(String memberNo, long transferId, String reason, String by) {
		pending(memberNo, transferId);
		if (reason == null || reason.isBlank()) {
			throw MemberRejectedException.because(FieldProblem.of("reason", "Cần ghi lý do hủy giấy giới thiệu."));
		}
		dsl.update(MEMBER_TRANSFER)
			.set(MEMBER_TRANSFER.CANCELLED_ON, LocalDate.now(clock))
			.set(MEMBER_TRANSFER.CANCEL_REASON, reason.strip())
			.where(MEMBER_TRANSFER.ID.eq(transferId))
			.execute();
	}

	private TransferView pending(String memberNo, long transferId) {
		TransferView t = find(transferId).filter(v -> v.memberNo().equals(memberNo))
			.orElseThrow(() -> MemberNotFoundException.forNumber(memberNo));
		if (!t.pending()) {
			throw MemberRejectedException.because(FieldProblem.of("transfer", "Giấy giới thiệu này đã được tiếp nhận hoặc đã hủy."));
		}
		return t;
	}

	/** Every transfer of the member, newest first. */
	@Transactional(readOnly = true)
	public List<TransferView> ofMember(String memberNo) {
		LocalDate today = LocalDate.now(clock);
		return ofMember.fetch(dsl, "memberNo", memberNo).map(r -> view(r, today));
	}

	/**
	 * Letters not yet received or cancelled, sent from or to one of the organizations. The codes are an array
	 * parameter read as a relation: the nation's 352,000 were a list of values twice, each estimated by the planner
	 * (0.9 s of planning as an array compared with {@code any}; past the limit of a statement's bind parameters, jOOQ
	 * writes an {@code in} list's values into its text).
	 */
	@Transactional(readOnly = true)
	public List<TransferView> pendingFor(Collection<String> orgCodes) {
		String[] codes = orgCodes.toArray(String[]::new);
		Field<String> code = DSL.field(DSL.name("given", "code"), String.class);
		var given = DSL.select(code).from(DSL.unnest(codes).as("given", "code"));
		return views(MEMBER_TRANSFER.RECEIVED_ON.isNull()
			.and(MEMBER_TRANSFER.CANCELLED_ON.isNull())
			.and(MEMBER_TRANSFER.FROM_ORG.in(given).or(MEMBER_TRANSFER.TO_ORG.in(given))));
	}

	/** Every letter not yet received or cancelled, wherever it was sent from or to. */
	@Transactional(readOnly = true)
	public List<TransferView> pending() {
		return views(MEMBER_TRANSFER.RECEIVED_ON.isNull().and(MEMBER_TRANSFER.CANCELLED_ON.isNull()));
	}

	public Optional<TransferView> find(long id) {
		return views(MEMBER_TRANSFER.ID.eq(id)).stream().findFirst();
	}

	private Optional<Long> pendingOf(long memberId) {
		return dsl.select(MEMBER_TRANSFER.ID)
			.from(MEMBER_TRANSFER)
			.where(MEMBER_TRANSFER.MEMBER_ID.eq(memberId))
			.and(MEMBER_TRANSFER.RECEIVED_ON.isNull())
			.and(MEMBER_TRANSFER.CANCELLED_ON.isNull())
			.fetchOptional(MEMBER_TRANSFER.ID);
	}

	private long memberId(String memberNo) {
		return dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.MEMBER_NO.eq(memberNo)).fetchOptional(MEMBER.ID)
			.orElseThrow(() -> MemberNotFoundException.forNumber(memberNo));
	}

	private List<TransferView> views(Condition condition) {
		LocalDate today = LocalDate.now(clock);
		return query(condition).fetch(r -> view(r, today));
	}

	/** The letters matching the condition, newest first, with their members' numbers and names. */
	private Select<Record> query(Condition condition) {
		return dsl.select(MEMBER_TRANSFER.fields())
			.select(MEMBER.MEMBER_NO, MEMBER.FULL_NAME)
			.from(MEMBER_TRANSFER)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_TRANSFER.MEMBER_ID))
			.where(condition)
			.orderBy(MEMBER_TRANSFER.ISSUED_ON.desc(), MEMBER_TRANSFER.ID.desc());
	}

	private static TransferView view(Record r, LocalDate today) {
		LocalDate issued = r.get(MEMBER_TRANSFER.ISSUED_ON);
		LocalDate deadline = deadline(issued);
		LocalDate received = r.get(MEMBER_TRANSFER.RECEIVED_ON);
		LocalDate cancelled = r.get(MEMBER_TRANSFER.CANCELLED_ON);
		boolean overdue = received != null ? received.isAfter(deadline) : cancelled == null && today.isAfter(deadline);
		return new TransferView(r.get(MEMBER_TRANSFER.ID), r.get(MEMBER.MEMBER_NO), r.get(MEMBER.FULL_NAME),
				TransferKind.valueOf(r.get(MEMBER_TRANSFER.KIND)), r.get(MEMBER_TRANSFER.FROM_ORG),
				r.get(MEMBER_TRANSFER.TO_ORG), issued, r.get(MEMBER_TRANSFER.DECISION_NO),
				r.get(MEMBER_TRANSFER.DECISION_DATE), r.get(MEMBER_TRANSFER.TEMPORARY_UNTIL), received, cancelled,
				r.get(MEMBER_TRANSFER.CANCEL_REASON), deadline, overdue);
	}

}
