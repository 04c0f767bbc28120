package vn.dangvu.member;

import java.time.LocalDate;
import java.util.Map;

/**
 * The members whose ledgers a badge search reads (V29, kept on each member's row): those whose first admission
 * decision is on or before {@code admittedBy} for some number of years of party age above the highest badge they were
 * awarded by {@code badgesBy} (a badge awarded later does not count, so such a member is read).
 *
 * @param admittedBy for each number of years, the latest first admission decision that can have reached it
 * @param badgesBy the day the badges held are counted on
 */
public record BadgeCandidates(Map<Integer, LocalDate> admittedBy, LocalDate badgesBy) {

	public BadgeCandidates {
		admittedBy = Map.copyOf(admittedBy);
	}

}
