package vn.dangvu.assessment;

import java.math.BigDecimal;

/**
 * What is entered for one party organization: the grade (before 2025) or the score (from 2025, R-ASM-4), and whether a
 * subordinate organization or a member of its committee was disciplined in the year (the bar of QĐ 366).
 */
public record OrganizationGradeInput(Grade grade, BigDecimal score, boolean disciplined) {
}
