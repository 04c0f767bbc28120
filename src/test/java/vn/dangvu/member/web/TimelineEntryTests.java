package vn.dangvu.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.dangvu.member.LedgerPolicy;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;

/** The texts of a timeline row, in Vietnamese, as the member page shows them. */
class TimelineEntryTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

	final ResourceBundleMessageSource messages = messages();

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static MemberEventView event(MemberEventType type, LocalDate on, String decisionNo, LocalDate decisionDate,
			String detail, boolean voided, String voidReason) {
		return new MemberEventView(1, type, on, "CT.C1", decisionNo, decisionDate, detail,
				LocalDateTime.of(2026, 2, 28, 23, 5).atZone(ZoneId.systemDefault()).toOffsetDateTime(), "canbo", voided,
				voidReason);
	}

	TimelineEntry of(MemberEventView event) {
		return TimelineEntry.of(event, AS_OF, TimelineEntry.voidLinks("HN 01/2", AS_OF), null, messages, VI);
	}

	@Test
	void saysTheDecisionByItsNumberItsDateOrBoth() {
		LocalDate on = LocalDate.of(2015, 3, 20);
		assertThat(of(event(MemberEventType.ADMITTED, on, "12-QĐ/ĐU", LocalDate.of(2015, 3, 2), null, false, null))
			.decision()).isEqualTo("Số 12-QĐ/ĐU ngày 02/03/2015");
		assertThat(of(event(MemberEventType.ADMITTED, on, "12-QĐ/ĐU", null, null, false, null)).decision())
			.isEqualTo("12-QĐ/ĐU");
		assertThat(of(event(MemberEventType.ADMITTED, on, null, LocalDate.of(2016, 2, 29), null, false, null))
			.decision()).isEqualTo("ngày 29/02/2016");
		assertThat(of(event(MemberEventType.ADMITTED, on, null, null, null, false, null)).decision()).isEmpty();
	}

	@Test
	void namesTheEventItsDateAndWhenItWasRecorded() {
		TimelineEntry entry = of(event(MemberEventType.RECOGNIZED, LocalDate.of(2024, 2, 29), null, null, null,
				false, null));
		assertThat(entry.type()).isEqualTo("Công nhận đảng viên chính thức");
		assertThat(entry.effectiveOn()).isEqualTo("29/02/2024");
		assertThat(entry.recordedAt()).isEqualTo("28/02/2026 23:05");
		assertThat(entry.voidedBecause()).isNull();
		assertThat(entry.rowClass()).isNull();
	}

	@Test
	void strikesAVoidedEventWithItsReasonAndDimsOneAfterTheDateOfThePage() {
		TimelineEntry voided = of(event(MemberEventType.TRANSFERRED, LocalDate.of(2020, 1, 1), null, null, null, true,
				"nhập nhầm"));
		assertThat(voided.voidedBecause()).isEqualTo("Đã hủy: nhập nhầm");
		assertThat(voided.rowClass()).isEqualTo("voided");
		assertThat(of(event(MemberEventType.TRANSFERRED, AS_OF, null, null, null, false, null)).rowClass()).isNull();
		assertThat(of(event(MemberEventType.TRANSFERRED, AS_OF.plusDays(1), null, null, null, false, null)).rowClass())
			.isEqualTo("after-as-of");
	}

	@Test
	void linksAnEventNotVoidedToThePageAsOfItsDateWithItsVoidingFormOpen() {
		// the member's number encoded as a path segment, the page's date kept, the form's anchor last
		assertThat(of(event(MemberEventType.TRANSFERRED, LocalDate.of(2020, 1, 1), null, null, null, false, null))
			.voidHref()).isEqualTo("/members/HN%2001%2F2?asOf=2026-12-03&void=1#void-form");
		assertThat(of(event(MemberEventType.TRANSFERRED, LocalDate.of(2020, 1, 1), null, null, null, true, "nhập nhầm"))
			.voidHref()).isNull();
	}

	@Test
	void linksTheEventsOrganizationAsOfTheEventsDay() {
		assertThat(of(event(MemberEventType.TRANSFERRED, LocalDate.of(2024, 2, 29), null, null, null, false, null))
			.orgHref()).isEqualTo("/organizations/CT.C1?asOf=2024-02-29");
		assertThat(TimelineEntry.of(new MemberEventView(2, MemberEventType.TRANSFERRED, LocalDate.of(2020, 1, 1),
				"HN/Đ 1", null, null, null, null, "canbo", false, null), AS_OF, "", null, messages, VI).orgHref())
			.isEqualTo("/organizations/HN%2F%C4%90%201?asOf=2020-01-01");
		assertThat(of(new MemberEventView(3, MemberEventType.RECOGNIZED, LocalDate.of(2020, 1, 1), null, null, null,
				null, null, "canbo", false, null)).orgHref()).isNull();
	}

	@Test
	void namesTheEventsOrganizationAsGivenOrByItsCodeWhenItHasNoName() {
		MemberEventView moved = event(MemberEventType.TRANSFERRED, LocalDate.of(2024, 2, 29), null, null, null, false,
				null);
		assertThat(TimelineEntry.of(moved, AS_OF, "", "Chi bộ Khu phố 3", messages, VI).orgName())
			.isEqualTo("Chi bộ Khu phố 3");
		assertThat(of(moved).orgName()).isEqualTo("CT.C1");
		assertThat(TimelineEntry.of(new MemberEventView(3, MemberEventType.RECOGNIZED, LocalDate.of(2020, 1, 1), null,
				null, null, null, null, "canbo", false, null), AS_OF, "", "Chi bộ Khu phố 3", messages, VI).orgName())
			.isNull();
	}

	@Test
	void putsTheDetailInWordsAndShowsOneWithoutWordsAsRecorded() {
		LocalDate on = LocalDate.of(2020, 1, 1);
		assertThat(of(event(MemberEventType.DISCIPLINED, on, null, null, "REPRIMAND", false, null)).detail())
			.isEqualTo("Khiển trách");
		assertThat(of(event(MemberEventType.BADGE_AWARDED, on, null, null, "30", false, null)).detail())
			.isEqualTo("Huy hiệu 30 năm tuổi Đảng");
		assertThat(of(event(MemberEventType.ADMITTED, on, null, null, LedgerPolicy.PROVINCIAL_CONSENT, false, null))
			.detail()).startsWith("Có văn bản đồng ý");
		// an imported value the page has no words for
		assertThat(of(event(MemberEventType.DISCIPLINED, on, null, null, "CANH_CAO_CU", false, null)).detail())
			.isEqualTo("CANH_CAO_CU");
		assertThat(of(event(MemberEventType.TRANSFERRED, on, null, null, "ghi chú", false, null)).detail())
			.isEqualTo("ghi chú");
		assertThat(of(event(MemberEventType.TRANSFERRED, on, null, null, null, false, null)).detail()).isNull();
	}

}
