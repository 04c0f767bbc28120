package vn.dangvu.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void showsOnlyTheLastThreeDigitsOfANationalId() {
		assertThat(Masking.nationalId("079123456789")).isEqualTo("•••••••••789").hasSize(12);
		assertThat(Masking.nationalId(null)).isNull();
	}

	@Test
	void neverShowsMoreThanHalfOfAShortValue() {
		assertThat(Masking.nationalId("1234")).isEqualTo("••34");
		assertThat(Masking.nationalId("1")).isEqualTo("•");
	}

	@Test
	void masksPhonesEmailsAndAddresses() {
		assertThat(Masking.phone("0905 123 789")).isEqualTo("•••••••789");
		assertThat(Masking.email("nguyen.an@example.vn")).isEqualTo("n•••@example.vn");
		assertThat(Masking.address("12 Lê Lợi, phường An Hòa")).isEqualTo("12 •••");
	}

}
