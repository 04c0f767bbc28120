package vn.dangvu.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.commendation.CommendationRules.MemberStanding;
import vn.dangvu.commendation.internal.CommendationStore;
import vn.dangvu.commendation.internal.CommendationStore.StoredCommendation;
import vn.dangvu.commendation.internal.CommendationStore.StoredRecipient;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * Recording commendation decisions in the register and voiding them. A decision is recorded by an organization for
 * recipients of its subtree on the decision date; each recipient keeps the organization it belonged to that day, by
 * which lists and the year-end summary attribute it (as events are, by the tree of their date). Entries are never
 * changed or deleted: a wrong one is voided with a reason and entered again.
 */
@Service
public class Commendations {

	private final CommendationStore store;

	private final MemberRoster roster;

	private final Organizations organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Commendations(CommendationStore store, MemberRoster roster, Organizations organizations,
			ApplicationEventPublisher publisher, Optional<Clock> clock) {
		this.store = store;
		this.roster = roster;
		this.organizations = organizations;
		this.publisher = publisher;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Records the decision with its recipients; answers its id. Refused as a whole when one check fails. */
	@Transactional
	public long record(RecordCommendation command, String by) {
		LocalDate today = LocalDate.now(clock);
		CommendationRules.checkDecision(command, today);
		LocalDate date = command.decision().date();
		String org = command.orgCode() == null ? "" : command.orgCode().strip();
		if (organizations.find(org, date).isEmpty()) {
			throw CommendationRejectedException.because("org", "Không có tổ chức mã " + org + " vào ngày quyết định "
					+ Dates.format(date) + ": chọn tổ chức ghi quyết định.");
		}
		if (store.recorded(command.decision().number(), date, command.decision().issuer())) {
			throw CommendationRejectedException.because("decisionNo", "Quyết định số " + command.decision().number()
					+ " ngày " + Dates.format(date) + " của " + command.decision().issuer()
					+ " đã có trong sổ: mở quyết định đó, hoặc hủy nó trước khi ghi lại.");
		}
		List<StoredRecipient> recipients = new ArrayList<>();
		for (String code : command.organizations()) {
			Optional<OrganizationView> found = organizations.find(code, date);
			CommendationRules.checkOrganization(command.form(), code, found,
					found.isPresent() && organizations.isInSubtree(org, code, date), date);
			recipients.add(new StoredRecipient(RecipientKind.ORGANIZATION.name(), null, code, found.get().name(), code,
					false));
		}
		for (String no : command.members()) {
			boolean posthumous = command.posthumous().contains(no);
			Optional<MemberStanding> found = roster.find(no, date).map(m -> standing(no, m));
			CommendationRules.checkMember(no, found, posthumous,
					found.isPresent() && found.get().orgCode() != null
							&& organizations.isInSubtree(org, found.get().orgCode(), date),
					date);
			MemberStanding m = found.get();
			recipients.add(new StoredRecipient(RecipientKind.MEMBER.name(), no, null, m.fullName(), m.orgCode(),
					posthumous));
		}
		StoredCommendation stored = new StoredCommendation(0, org, command.decision().number(), date,
				command.decision().issuer(), command.form().name(), VietnameseText.normalize(command.reason()),
				command.achievementYear(), by, null, null, null, null);
		long id = store.insert(stored, recipients);
		publisher.publishEvent(new CommendationRecorded(id, org, command.decision(), command.form(),
				command.achievementYear(), recipients.stream().map(Commendations::recipient).toList(), by));
		return id;
	}

	private static MemberStanding standing(String memberNo, MemberView m) {
		LocalDate died = m.events()
			.stream()
			.filter(e -> !e.voided() && e.type() == MemberEventType.DIED)
			.map(MemberEventView::effectiveOn)
			.findFirst()
			.orElse(null);
		return new MemberStanding(memberNo, m.file().fullName(), m.status(), m.orgCode(), died);
	}

	static CommendationRecipient recipient(StoredRecipient r) {
		RecipientKind kind = RecipientKind.valueOf(r.kind());
		return new CommendationRecipient(kind, kind == RecipientKind.MEMBER ? r.memberNo() : r.recipientCode(), r.name(),
				r.orgCode(), r.posthumous());
	}

	/** Voids the decision (all its recipients) with the reason; a voided decision is kept, shown as such. */
	@Transactional
	public void voidCommendation(long id, String reason, String by) {
		StoredCommendation c = store.lock(id).orElseThrow(() -> CommendationNotFoundException.forId(id));
		if (c.voidedAt() != null) {
			throw CommendationRejectedException.because("reason", "Quyết định này đã được hủy.");
		}
		String why = VietnameseText.normalize(reason);
		if (why == null || why.isEmpty()) {
			throw CommendationRejectedException.because("reason", "Cần ghi lý do hủy (ví dụ ghi nhầm số quyết định).");
		}
		if (why.length() > 500) {
			throw CommendationRejectedException.because("reason", "Lý do hủy tối đa 500 ký tự.");
		}
		store.voidCommendation(id, why, by);
		publisher.publishEvent(new CommendationVoided(id, c.orgCode(), c.decisionNo(), why, by));
	}

}
