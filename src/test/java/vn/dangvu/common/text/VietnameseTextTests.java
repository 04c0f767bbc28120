package vn.dangvu.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldsDiacriticsCaseAndTheLetterDForSearch() {
		assertThat(VietnameseText.fold("Nguyễn Văn An")).isEqualTo("nguyen van an");
		assertThat(VietnameseText.fold("Đặng Thị Ánh")).isEqualTo("dang thi anh");
		assertThat(VietnameseText.fold("Đảng bộ phường An Hòa")).isEqualTo("dang bo phuong an hoa");
	}

	@Test
	void splitsAFoldedTextIntoItsRunsOfLettersAndDigitsInOrder() {
		assertThat(VietnameseText.words(VietnameseText.fold("Nguyễn Văn An"))).containsExactly("nguyen", "van", "an");
		// punctuation, several spaces, a hyphen and the ends separate words; digits are letters of a word; repeats kept
		assertThat(VietnameseText.words(" le-thi  an.an (2) k3 ")).containsExactly("le", "thi", "an", "an", "2", "k3");
		assertThat(VietnameseText.words(" - . ")).isEmpty();
		assertThat(VietnameseText.words("")).isEmpty();
	}

	@Test
	void normalizesDecomposedTextToNfc() {
		String decomposed = Normalizer.normalize("Hồng", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Hồng");
		assertThat(VietnameseText.normalize("  " + decomposed + "   Nhung ")).isEqualTo("Hồng Nhung");
		// every kind of white space run collapses, single spaces stay; a text already normal is the same object
		assertThat(VietnameseText.normalize("Trần\tVăn\r\nAn  Bình\u000B\fHòa")).isEqualTo("Trần Văn An Bình Hòa");
		assertThat(VietnameseText.normalize("Trần\t Văn")).isEqualTo("Trần Văn");
		String normal = "Nguyễn Thị Ánh";
		assertThat(VietnameseText.normalize(normal)).isSameAs(normal);
		assertThat(VietnameseText.normalize(" ")).isEmpty();
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("hong");
	}

	@Test
	void sortsNamesByGivenNameThenFamilyAndMiddleNamesTheVietnameseWay() {
		List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Đặng Văn An",
				"Phạm Minh Đức", "Hoàng Văn Dũng"));
		names.sort(VietnameseText.nameOrder());
		// An < Ánh < Bình < Dũng < Đức (đ sorts after d); the same given name is ordered by the full name: Đặng < Lê
		assertThat(names).containsExactly("Đặng Văn An", "Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình",
				"Hoàng Văn Dũng", "Phạm Minh Đức");
	}

}
