package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A move recorded before its day (V35): the members' scale-out key, the name words the search reads and the strays
 * of the lists, which carry the province of today, follow it when its day comes, not at the decision. The
 * application's clock is moved by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RestructuringEffectsIntegrationTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	static final Decision DECISION = new Decision("1-QĐ/TW", START, null);

	/** A clock the test moves from one day to another. */
	static final class MovableClock extends Clock {

		private volatile Instant now = LocalDate.of(2026, 6, 1).atTime(9, 0).toInstant(ZoneOffset.UTC);

		void setDay(LocalDate day) {
			now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@TestConfiguration
	static class Days {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

	@Autowired
	MovableClock clock;

	@Autowired
	Members members;

	@Autowired
	Restructurings restructurings;

	@Autowired
	MemberRoster roster;

	@Autowired
	DSLContext dsl;

	int listed() {
		return dsl.fetchCount(dsl.selectFrom("restructuring_effect_due"));
	}

	@Test
	void aMoveRecordedBeforeItsDayMovesTheKeysOnThatDay() {
		clock.setDay(LocalDate.of(2026, 6, 1));
		ProvinceKeyIntegrationTests.province(restructurings, "FA");
		ProvinceKeyIntegrationTests.province(restructurings, "FB");
		members.register(MembersIntegrationTests.file("FA001", "Nguyễn Thị Hoa", LocalDate.of(1980, 1, 1)));
		members.record("FA001", MembersIntegrationTests.admitted("FA.W.C1", "2010-03-20", "2010-03-02"), "t");

		// on 1 June, the ward is moved to the other province from 1 July
		LocalDate day = LocalDate.of(2026, 7, 1);
		restructurings.apply(new MoveOrganization("FA.W", "FB", day, new Decision("2-QĐ/TW", LocalDate.of(2026, 5, 25),
				null)), "t");
		assertThat(ProvinceKeyIntegrationTests.readKeys(dsl, "FA001")).containsExactly("FA");
		assertThat(listed()).isOne();
		// the sums by province follow the tree of each day already (V34)
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);

		// the day before, nothing is due
		clock.setDay(day.minusDays(1));
		assertThat(restructurings.announceDue()).isZero();
		assertThat(ProvinceKeyIntegrationTests.readKeys(dsl, "FA001")).containsExactly("FA");

		clock.setDay(day);
		assertThat(restructurings.announceDue()).isOne();
		assertThat(ProvinceKeyIntegrationTests.readKeys(dsl, "FA001")).containsExactly("FB");
		assertThat(listed()).isZero();
		assertThat(restructurings.announceDue()).isZero();
		// the other province's search finds the member (today is past the move's day)
		assertThat(roster.search("hoa nguyen", "FB", 10)).extracting(MemberRow::memberNo).containsExactly("FA001");
		assertThat(roster.search("hoa nguyen", "FA", 10)).isEmpty();
		ListScopeChecks.assertStraysEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
	}

	@Test
	void aMoveDatedTodayOrWithinItsProvinceIsNotListed() {
		clock.setDay(LocalDate.of(2026, 6, 1));
		ProvinceKeyIntegrationTests.province(restructurings, "GA");
		ProvinceKeyIntegrationTests.province(restructurings, "GB");
		restructurings.apply(new EstablishOrganization("GA.X", "Đảng bộ xã GA", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.COMMUNE, "GA", START, DECISION), "t");
		int before = listed();
		// within its province, later: no one's province changes
		restructurings.apply(new MoveOrganization("GA.W.C1", "GA.X", LocalDate.of(2026, 9, 1),
				new Decision("3-QĐ/TU", LocalDate.of(2026, 5, 30), null)), "t");
		// to another province, today: followed in the decision's transaction
		restructurings.apply(new MoveOrganization("GA.X", "GB", LocalDate.of(2026, 6, 1),
				new Decision("4-QĐ/TW", LocalDate.of(2026, 5, 30), null)), "t");
		assertThat(listed()).isEqualTo(before);
	}

}
