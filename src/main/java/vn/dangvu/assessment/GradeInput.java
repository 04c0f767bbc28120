package vn.dangvu.assessment;

import java.math.BigDecimal;

/**
 * What is entered for one member: the grade (before 2025) or the score (from 2025, R-ASM-4), and whether the member
 * was sick for 3 months or more of the year (R-ASM-3).
 */
public record GradeInput(Grade grade, BigDecimal score, boolean sick) {
}
