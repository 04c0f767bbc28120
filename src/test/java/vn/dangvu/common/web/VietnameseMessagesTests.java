package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The texts with arguments: right in both languages, and formatted on many threads at once without a shared format. */
class VietnameseMessagesTests {

	final VietnameseMessages messages = new VietnameseMessages();

	@Test
	void formatsMessagesWithArgumentsInVietnameseByDefaultAndInEnglish() {
		assertThat(messages.getMessage("member.partyAge.value", new Object[] { 12, 3 }, Locale.forLanguageTag("vi")))
			.isEqualTo("12 năm 3 tháng");
		assertThat(messages.getMessage("member.partyAge.value", new Object[] { 12, 3 }, Locale.ENGLISH))
			.isEqualTo("12 years 3 months");
		// a language without texts falls back to Vietnamese, not to the machine's language
		assertThat(messages.getMessage("member.page.state", new Object[] { "29/02/2024" }, Locale.FRENCH))
			.isEqualTo("Tình trạng tại ngày 29/02/2024");
	}

	@Test
	void givesEachCallAFormatOfItsOwn() {
		Locale vi = WebConfiguration.VIETNAMESE;
		assertThat(messages.resolveCode("member.partyAge.value", vi))
			.isNotSameAs(messages.resolveCode("member.partyAge.value", vi))
			.extracting(java.text.MessageFormat::toPattern)
			.isEqualTo(messages.resolveCode("member.partyAge.value", vi).toPattern());
		assertThat(messages.resolveCode("khong.co.khoa.nay", vi)).isNull();
	}

	@Test
	void formatsTheSameMessageOnManyThreadsAtOnceEachWithItsOwnArguments() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> wrong = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				wrong.add(pool.submit(() -> {
					List<String> mistakes = new ArrayList<>();
					for (int i = 0; i < 2_000; i++) {
						int years = thread * 10_000 + i;
						String text = messages.getMessage("member.partyAge.value", new Object[] { years, i % 12 },
								WebConfiguration.VIETNAMESE);
						String expected = String.format(Locale.ROOT, "%,d năm %d tháng", years, i % 12)
							.replace(',', '.');
						if (!text.equals(expected)) {
							mistakes.add(text + " ≠ " + expected);
						}
					}
					return mistakes;
				}));
			}
			for (Future<List<String>> mistakes : wrong) {
				assertThat(mistakes.get()).isEmpty();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
