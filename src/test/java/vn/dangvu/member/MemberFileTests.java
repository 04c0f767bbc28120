package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The checks of a member's file that do not depend on the ledger: the birth date's bounds at their edges. */
class MemberFileTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static MemberFile bornOn(LocalDate birthDate) {
		return new MemberFile("T-1", "Trần Thị Thử", Gender.FEMALE, birthDate, "Kinh", null, "12/12", null, null, null,
				null, null, null, null, null);
	}

	@Test
	void acceptsTheFileOfAMemberBornLongAgoWhoseHistoryIsKept() {
		// admitted at 59 in 1960, long dead: more than 125 years ago, still a true file
		assertThat(bornOn(LocalDate.of(1901, 3, 2)).problems(TODAY)).isEmpty();
		assertThat(bornOn(LocalDate.of(1870, 1, 1)).problems(TODAY)).isEmpty();
	}

	@Test
	void refusesABirthBefore1870() {
		assertThat(bornOn(LocalDate.of(1869, 12, 31)).problems(TODAY)).extracting(FieldProblem::field)
			.containsExactly("birth_date");
	}

	@Test
	void refusesSomeoneNotYet16OnTheDayItIsChecked() {
		assertThat(bornOn(TODAY.minusYears(16)).problems(TODAY)).isEmpty();
		assertThat(bornOn(TODAY.minusYears(16).plusDays(1)).problems(TODAY)).extracting(FieldProblem::field)
			.containsExactly("birth_date");
	}

}
