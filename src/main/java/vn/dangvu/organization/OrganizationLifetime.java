package vn.dangvu.organization;

import java.time.LocalDate;

/**
 * When an organization exists, and where its members go when it ends: an organization exists from
 * {@code establishedOn} up to the day before {@code endedOn}; when it ended by a merge (or a split), its members belong
 * from {@code endedOn} on to {@code membersMoveTo}.
 */
public record OrganizationLifetime(String code, LocalDate establishedOn, LocalDate endedOn, String membersMoveTo) {

	public boolean existsOn(LocalDate date) {
		return !date.isBefore(establishedOn) && (endedOn == null || date.isBefore(endedOn));
	}

}
