package vn.dangvu.member;

import java.util.Map;

/**
 * Events of a period attributed to a subtree by the tree on each event's date (INTERCHANGE.md report
 * {@code movements}, {@code badges}, {@code assessment}).
 *
 * @param admittedFemale admissions of women
 * @param admittedEthnicMinority admissions of members of an ethnic minority
 * @param admittedAged18To30 admissions of people aged 18 to 30 in whole years on the admission date
 * @param transferredIn transfers into the subtree from outside it
 * @param transferredOut transfers from the subtree to outside it
 * @param badgesByYears badges awarded, by milestone
 * @param grades assessment grades, by grade name
 */
public record MemberMovements(long admitted, long admittedFemale, long admittedEthnicMinority,
		long admittedAged18To30, long readmitted, long recognized, long notRecognized, long transferredIn,
		long transferredOut, long died, long removed, long expelled, long left, Map<String, Long> badgesByYears,
		Map<String, Long> grades) {

	public static MemberMovements none() {
		return new MemberMovements(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());
	}

}
