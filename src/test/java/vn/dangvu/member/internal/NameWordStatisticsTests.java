package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shares of name words the header search compares to walk the rarest (made-up statistics). */
class NameWordStatisticsTests {

	static final NameWordStatistics.Snapshot STATISTICS = new NameWordStatistics.Snapshot(
			Map.of("nguyen", 0.11, "van", 0.08, "thi", 0.07, "hoa", 0.02, "hai", 0.02, "hung", 0.015, "dao", 0.015,
					"son", 0.01, "phung", 0.004),
			// the rest (65.6 %) in four buckets
			List.of("an", "cuong", "hieu", "nhan", "yen"), 3.4);

	@Test
	void aCommonWordHasItsShareAndARareOneTheLeastCommonShare() {
		assertThat(STATISTICS.share("nguyen", false)).isEqualTo(0.11);
		assertThat(STATISTICS.share("dao", false)).isEqualTo(0.015);
		assertThat(STATISTICS.share("khuc", false)).isEqualTo(0.004);
	}

	@Test
	void aPrefixAddsItsCommonWordsAndThePartOfTheHistogramItCovers() {
		// hoa, hai, hung; "hieu" is one of the bounds: a quarter of the rest
		assertThat(STATISTICS.share("h", true)).isCloseTo(0.055 + 0.656 / 4, within(1e-9));
		// son; between two bounds: half a bucket
		assertThat(STATISTICS.share("so", true)).isCloseTo(0.01 + 0.656 / 8, within(1e-9));
		// the search walks "dao", not every word starting with "h"; "so" rather than "nguyen"
		assertThat(STATISTICS.share("dao", false)).isLessThan(STATISTICS.share("h", true));
		assertThat(STATISTICS.share("so", true)).isLessThan(STATISTICS.share("nguyen", false));
		assertThat(STATISTICS.share("phung", false)).isLessThan(STATISTICS.share("ng", true));
	}

	@Test
	void withoutStatisticsEveryWordCountsTheSame() {
		assertThat(NameWordStatistics.Snapshot.NONE.share("h", true)).isEqualTo(1.0);
		assertThat(NameWordStatistics.Snapshot.NONE.share("nguyen", false)).isEqualTo(1.0);
	}

}
