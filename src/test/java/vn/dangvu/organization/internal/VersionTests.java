package vn.dangvu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;

/** {@link Version#change}: a period split at the date, the new value carried through later periods. */
class VersionTests {

	static final LocalDate ESTABLISHED = LocalDate.of(2010, 1, 1);

	static Version period(String from, String to, String name, long parent) {
		return new Version(7, LocalDate.parse(from), to == null ? Dates.OPEN_END : LocalDate.parse(to), name,
				OrganizationType.CELL, OrganizationField.RESIDENTIAL, parent);
	}

	@Test
	void splitsThePeriodCoveringTheDateAndChangesOnlyTheLaterPart() {
		List<Version> versions = List.of(period("2010-01-01", null, "Chi bộ ấp 1", 1));

		List<Version> changed = Version.change(versions, LocalDate.of(2018, 6, 1), Version::name,
				v -> v.withName("Chi bộ ấp Một"));

		assertThat(changed).containsExactly(period("2010-01-01", "2018-06-01", "Chi bộ ấp 1", 1),
				period("2018-06-01", null, "Chi bộ ấp Một", 1));
	}

	@Test
	void aChangeOnTheFirstDayOfAPeriodDoesNotSplitIt() {
		List<Version> versions = List.of(period("2010-01-01", "2015-01-01", "A", 1), period("2015-01-01", null, "B", 1));

		List<Version> changed = Version.change(versions, LocalDate.of(2015, 1, 1), Version::parentId,
				v -> v.withParent(2L));

		assertThat(changed).containsExactly(period("2010-01-01", "2015-01-01", "A", 1), period("2015-01-01", null, "B", 2));
	}

	@Test
	void aBackDatedMoveIsCarriedThroughALaterRename() {
		List<Version> versions = List.of(period("2010-01-01", "2020-01-01", "A", 1), period("2020-01-01", null, "B", 1));

		// the day before the rename: the move starts one day before it and goes on through it
		List<Version> changed = Version.change(versions, LocalDate.of(2019, 12, 31), Version::parentId,
				v -> v.withParent(2L));

		assertThat(changed).containsExactly(period("2010-01-01", "2019-12-31", "A", 1),
				period("2019-12-31", "2020-01-01", "A", 2), period("2020-01-01", null, "B", 2));
	}

	@Test
	void stopsWhereALaterDecisionHadAlreadyChangedTheSameAttribute() {
		List<Version> versions = List.of(period("2010-01-01", "2016-02-29", "A", 1),
				period("2016-02-29", "2021-01-01", "B", 1), period("2021-01-01", null, "B", 3));

		List<Version> changed = Version.change(versions, LocalDate.of(2012, 2, 29), Version::parentId,
				v -> v.withParent(2L));

		// carried through the rename of the leap day, not through the move of 2021 nor after it
		assertThat(changed).containsExactly(period("2010-01-01", "2012-02-29", "A", 1),
				period("2012-02-29", "2016-02-29", "A", 2), period("2016-02-29", "2021-01-01", "B", 2),
				period("2021-01-01", null, "B", 3));
	}

	@Test
	void aValueBackAfterALaterChangeIsNotTouched() {
		// the parent went 1 -> 3 -> 1: a change from 2012 stops at the first 3 and leaves the later 1 alone
		List<Version> versions = List.of(period("2010-01-01", "2014-01-01", "A", 1),
				period("2014-01-01", "2016-01-01", "A", 3), period("2016-01-01", null, "A", 1));

		List<Version> changed = Version.change(versions, LocalDate.of(2012, 1, 1), Version::parentId,
				v -> v.withParent(2L));

		assertThat(changed).containsExactly(period("2010-01-01", "2012-01-01", "A", 1),
				period("2012-01-01", "2014-01-01", "A", 2), period("2014-01-01", "2016-01-01", "A", 3),
				period("2016-01-01", null, "A", 1));
	}

	@Test
	void aDateNoPeriodCoversIsAnError() {
		List<Version> versions = List.of(period("2010-01-01", "2015-01-01", "A", 1));

		assertThatThrownBy(() -> Version.change(versions, LocalDate.of(2015, 1, 1), Version::name,
				v -> v.withName("B"))).isInstanceOf(NoSuchElementException.class);
		assertThatThrownBy(() -> Version.change(versions, ESTABLISHED.minusDays(1), Version::name,
				v -> v.withName("B"))).isInstanceOf(NoSuchElementException.class);
	}

}
