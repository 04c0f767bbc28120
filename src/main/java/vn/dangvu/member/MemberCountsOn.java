package vn.dangvu.member;

/** Members of a set of organizations on a date (INTERCHANGE.md report {@code members}). */
public record MemberCountsOn(long total, long official, long probationary, long female, long ethnicMinority,
		long religious, long exempted, long under30) {
}
