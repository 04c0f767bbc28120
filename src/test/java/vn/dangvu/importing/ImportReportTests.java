package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A very bad file cannot exhaust the memory: the report keeps the first errors and warnings, and counts them all. */
class ImportReportTests {

	@Test
	void keepsTheFirstThousandErrorsAndCountsEveryOne() {
		ImportReport report = new ImportReport(false);
		for (int line = 2; line < 2 + 1_500; line++) {
			report.add(new ImportError("member_events.csv", line, "member_no", "Không có hồ sơ."));
		}
		assertThat(report.succeeded()).isFalse();
		assertThat(report.errors()).hasSize(ImportReport.KEPT);
		assertThat(report.errors().get(ImportReport.KEPT - 1).line()).isEqualTo(1_001);
		assertThat(report.errorTotal()).isEqualTo(1_500);
		assertThat(report.errorsLeftOut()).isEqualTo("… và 500 lỗi khác (chỉ giữ và in 1000 lỗi tìm thấy đầu tiên).");
		assertThat(report.failureSummary()).isEqualTo("Nhập dữ liệu thất bại: 1500 lỗi; không có gì được ghi.");
	}

	@Test
	void saysNothingIsLeftOutWhenEverythingIsKept() {
		ImportReport report = new ImportReport(true);
		report.warn(new ImportError("member_events.csv", 6, "decision_date", "Quá 60 tuổi. (R-ADM-1)"));
		assertThat(report.succeeded()).isTrue();
		assertThat(report.warningTotal()).isEqualTo(1);
		assertThat(report.warningsLeftOut()).isNull();
		assertThat(report.errorsLeftOut()).isNull();
	}

}
