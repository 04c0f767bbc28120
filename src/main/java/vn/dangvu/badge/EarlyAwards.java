package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberWithLedger;

/**
 * R-BADGE-2 (HD 01-HD/TW 2021 §18): a badge awarded before the party age is full. A seriously ill member may receive
 * the 30- to 65-year badges up to 12 months early and the 70- to 90-year badges up to 24 months early; a member who
 * died may receive a badge posthumously up to 12 months early, counting the party age on the day before death. The
 * discipline blocks of R-BADGE-4 apply as to any badge.
 */
public final class EarlyAwards {

	/** R-BADGE-2: months early for a posthumous award, whatever the badge. */
	public static final int POSTHUMOUS_MONTHS_EARLY = 12;

	private EarlyAwards() {
	}

	/** R-BADGE-2: months early for a seriously ill member: 12 for the 30- to 65-year badges, 24 from 70 years. */
	public static int illnessMonthsEarly(int badgeYears) {
		return badgeYears >= 70 ? 24 : 12;
	}

	/**
	 * The badge a seriously ill official member may receive early on the award date: the highest milestone above the
	 * badges awarded that the party age reaches within its early months — and only when it does not reach it in full
	 * (that is an ordinary award).
	 */
	public static Optional<EligibleMember> forIllness(MemberWithLedger member, LocalDate awardDate,
			DisciplineRules discipline) {
		OptionalLong age = member.ledger().partyAgeMonths(awardDate);
		if (age.isEmpty() || discipline.blocks(member.ledger(), awardDate)) {
			return Optional.empty();
		}
		int awarded = member.ledger().badgeYearsBy(awardDate);
		int early = 0;
		for (int milestone : BadgeEligibility.MILESTONES) {
			if (milestone > awarded && age.getAsLong() + illnessMonthsEarly(milestone) >= 12L * milestone) {
				early = milestone;
			}
		}
		if (early == 0 || age.getAsLong() >= 12L * early) {
			return Optional.empty();
		}
		return Optional.of(new EligibleMember(member.memberNo(), member.fullName(), member.orgCode(), age.getAsLong(),
				early));
	}

	/**
	 * The badge a member who died on or before the award date may receive posthumously: the highest milestone above
	 * the badges awarded that the party age on the day before death reaches, or reaches within 12 months.
	 */
	public static Optional<EligibleMember> posthumous(MemberWithLedger member, LocalDate awardDate,
			DisciplineRules discipline) {
		if (member.ledger().stateOn(awardDate).status() != MemberStatus.DIED) {
			return Optional.empty();
		}
		LocalDate died = member.ledger().events().stream()
			.filter(e -> e.type() == MemberEventType.DIED)
			.map(LedgerEvent::effectiveOn)
			.findFirst()
			.orElseThrow();
		LocalDate lastDay = died.minusDays(1);
		OptionalLong age = member.ledger().partyAgeMonths(lastDay);
		if (age.isEmpty() || discipline.blocks(member.ledger(), lastDay)) {
			return Optional.empty();
		}
		int awarded = member.ledger().badgeYearsBy(awardDate);
		int badge = 0;
		for (int milestone : BadgeEligibility.MILESTONES) {
			if (milestone > awarded && age.getAsLong() + POSTHUMOUS_MONTHS_EARLY >= 12L * milestone) {
				badge = milestone;
			}
		}
		return badge == 0 ? Optional.empty()
				: Optional.of(new EligibleMember(member.memberNo(), member.fullName(), member.orgCode(), age.getAsLong(), badge));
	}

}
