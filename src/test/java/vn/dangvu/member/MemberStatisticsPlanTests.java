package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the movements of a period are found: a small subtree, or one province of the nation, through its members'
 * periods; a subtree that is a large share of the whole tree (a city's root) by reading all the period's events.
 */
class MemberStatisticsPlanTests {

	@Test
	void aSmallSubtreeGoesThroughItsMembers() {
		assertThat(MemberStatistics.readsAllEvents(300, 300)).isFalse();
		assertThat(MemberStatistics.readsAllEvents(1, 0)).isFalse();
	}

	@Test
	void oneProvinceOfTheNationGoesThroughItsMembers() {
		// about 10,000 of the national data's 352,389 organizations
		assertThat(MemberStatistics.readsAllEvents(10_000, 352_389)).isFalse();
	}

	@Test
	void aCitysWholeTreeReadsAllTheEvents() {
		assertThat(MemberStatistics.readsAllEvents(3_178, 3_178)).isTrue();
	}

	@Test
	void fromAQuarterOfTheOrganizations() {
		assertThat(MemberStatistics.readsAllEvents(301, 1_204)).isTrue();
		assertThat(MemberStatistics.readsAllEvents(301, 1_205)).isFalse();
	}

	@Test
	void withoutStatisticsEveryLargeSubtreeReadsAllTheEvents() {
		assertThat(MemberStatistics.readsAllEvents(301, 0)).isTrue();
	}

}
