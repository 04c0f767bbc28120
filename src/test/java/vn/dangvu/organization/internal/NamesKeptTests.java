package vn.dangvu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.organization.internal.NamesKept.NameFrom;

class NamesKeptTests {

	static final List<NameFrom> RENAMED = List.of(new NameFrom(LocalDate.of(2015, 1, 1), "Chi bộ khu phố 1"),
			new NameFrom(LocalDate.of(2024, 2, 29), "Chi bộ tổ dân phố 1"));

	@Test
	void namesTheVersionThatBeganLastOnOrBeforeTheDayElseTheFirst() {
		assertThat(NamesKept.nameOn(RENAMED, LocalDate.of(2024, 2, 28))).isEqualTo("Chi bộ khu phố 1");
		assertThat(NamesKept.nameOn(RENAMED, LocalDate.of(2024, 2, 29))).isEqualTo("Chi bộ tổ dân phố 1");
		assertThat(NamesKept.nameOn(RENAMED, LocalDate.of(2030, 1, 1))).isEqualTo("Chi bộ tổ dân phố 1");
		assertThat(NamesKept.nameOn(RENAMED, LocalDate.of(2015, 1, 1))).isEqualTo("Chi bộ khu phố 1");
		// before it began: its first name
		assertThat(NamesKept.nameOn(RENAMED, LocalDate.of(2014, 12, 31))).isEqualTo("Chi bộ khu phố 1");
	}

	@Test
	void keepsVersionsForOneStampAndForgetsThemForAnother() {
		NamesKept kept = new NamesKept();
		kept.forStamp(7).put("TN.C1", RENAMED);
		assertThat(kept.forStamp(7)).containsEntry("TN.C1", RENAMED);
		assertThat(kept.forStamp(8)).isEmpty();
		kept.forStamp(8).put("TN.C2", List.of());
		// back to an older stamp (a replica behind): forgotten again, never mixed
		assertThat(kept.forStamp(7)).isEmpty();
	}

	@Test
	void forgetsEverythingBeyondTheMostItKeeps() {
		NamesKept kept = new NamesKept();
		var byCode = kept.forStamp(1);
		for (int i = 0; i <= NamesKept.MOST; i++) {
			byCode.put("C" + i, RENAMED);
		}
		assertThat(kept.forStamp(1)).isEmpty();
	}

}
