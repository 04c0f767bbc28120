package vn.dangvu.organization;

import java.time.LocalDate;

import vn.dangvu.common.Decision;

/** A predecessor or successor of an organization across a merge or a split. */
public record LineageLink(String code, String name, RestructuringOperation operation, LocalDate effectiveOn,
		Decision decision) {
}
