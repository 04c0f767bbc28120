package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published in the transaction of a merge, a split, or a move that changes the province of the moved subtree on some
 * day from the move on (not one within its province): the organizations named (and everything ever under them)
 * may have changed their top-level organization (province) from {@code effectiveOn}, so what carries the province as
 * its scale-out key (ARCHITECTURE.md data principle 8) must look again. One dated after the day it is recorded is
 * published again on its day ({@link Restructurings#announceDue}).
 */
public record SubtreesMoved(long restructuringId, LocalDate effectiveOn, Set<String> codes) {
}
