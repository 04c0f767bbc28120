package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;

/**
 * R-BADGE-4: every version of the discipline blocks, oldest first; the one in force on an award date decides. The
 * oldest version also applies to dates before its start.
 */
public record DisciplineRules(List<DisciplineWaiting> versions) {

	/** The versions the migration seeds (the rules before an administrator added any). */
	public static final DisciplineRules SEEDED = new DisciplineRules(DisciplineWaiting.SEEDED);

	public DisciplineRules {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("R-BADGE-4 needs at least one version");
		}
		versions = versions.stream().sorted(Comparator.comparing(DisciplineWaiting::from)).toList();
	}

	/** The version in force on the date. */
	public DisciplineWaiting inForceOn(LocalDate date) {
		DisciplineWaiting current = versions.get(0);
		for (DisciplineWaiting version : versions) {
			if (!version.from().isAfter(date)) {
				current = version;
			}
		}
		return current;
	}

	/** The version that started last. */
	public DisciplineWaiting latest() {
		return versions.get(versions.size() - 1);
	}

	/** These rules with one more version (the caller has checked it starts after the latest). */
	public DisciplineRules with(DisciplineWaiting added) {
		return new DisciplineRules(java.util.stream.Stream.concat(versions.stream(), java.util.stream.Stream.of(added))
			.toList());
	}

	/**
	 * Whether a discipline on or before the award date is still within its waiting period under the version in force
	 * on the award date.
	 */
	public boolean blocks(MemberLedger ledger, LocalDate awardDate) {
		DisciplineWaiting rules = inForceOn(awardDate);
		for (LedgerEvent e : ledger.events()) {
			if (e.effectiveOn().isAfter(awardDate)) {
				break;
			}
			if (e.type() == MemberEventType.DISCIPLINED && e.detail() != null
					&& rules.blocksUntil(e.detail(), e.effectiveOn()).filter(awardDate::isBefore).isPresent()) {
				return true;
			}
		}
		return false;
	}

}
