package vn.dangvu.report;

import vn.dangvu.member.MemberMovements;

/**
 * One row of the movements table: a child organization (or the organization reported on, for its own members, or the
 * total) with the events of the period attributed to it.
 *
 * @param code null for the total row
 * @param ended the organization was no longer a child at the end of the period (merged, dissolved or moved away)
 */
public record MovementRow(String code, String name, boolean ended, MemberMovements movements) {
}
