package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published in the transaction of a move, merge or split: the organizations named (and everything ever under them)
 * may have changed their top-level organization (province) from {@code effectiveOn}, so what carries the province as
 * its scale-out key (ARCHITECTURE.md data principle 8) must look again.
 */
public record SubtreesMoved(long restructuringId, LocalDate effectiveOn, Set<String> codes) {
}
