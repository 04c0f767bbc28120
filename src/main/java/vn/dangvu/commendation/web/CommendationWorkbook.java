package vn.dangvu.commendation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangvu.common.time.Dates;
import vn.dangvu.commendation.CommendationRow;

/**
 * The list of commendations as an Excel workbook, laid out like the member list's: a title row (organization and
 * year), a row naming the exporting user and the time, a header row, then every row in the list's order.
 */
@Component
class CommendationWorkbook {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String[] COLUMNS = { "kind", "code", "name", "organization", "form", "achievementYear", "decisionNo",
			"decisionDate", "issuer", "posthumous" };

	static final double[] WIDTHS = { 10, 16, 34, 36, 40, 10, 18, 12, 34, 10 };

	static final int HEADER = 2;

	private final MessageSource messages;

	CommendationWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	void write(String organization, int year, List<CommendationRow> rows, Map<String, String> orgNames,
			String exportedBy, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("commendation.export.sheet", locale));
		sheet.value(0, 0, messages.getMessage("commendation.export.title", new Object[] { organization, year }, locale));
		sheet.style(0, 0).bold().fontSize(13).set();
		sheet.value(1, 0, messages.getMessage("member.export.exported", new Object[] { exportedBy,
				Dates.format(LocalDateTime.now()) }, locale));
		sheet.style(1, 0).italic().set();
		for (int c = 0; c < COLUMNS.length; c++) {
			sheet.value(HEADER, c, text("commendation.col." + COLUMNS[c], locale));
			sheet.style(HEADER, c).bold().fillColor("FFEEF1F4").wrapText(true).set();
			sheet.width(c, WIDTHS[c]);
		}
		sheet.freezePane(0, HEADER + 1);
		int row = HEADER + 1;
		for (CommendationRow r : rows) {
			sheet.value(row, 0, text(r.recipient().kind().messageKey(), locale));
			sheet.value(row, 1, r.recipient().code());
			sheet.value(row, 2, r.recipient().name());
			sheet.value(row, 3, orgNames.get(r.recipient().orgCode() + "@" + r.decisionDate()));
			sheet.value(row, 4, text(r.form().messageKey(), locale));
			if (r.achievementYear() != null) {
				sheet.value(row, 5, r.achievementYear());
			}
			sheet.value(row, 6, r.decisionNo());
			sheet.value(row, 7, r.decisionDate());
			sheet.style(row, 7).format("dd/mm/yyyy").set();
			sheet.value(row, 8, r.issuer());
			if (r.recipient().posthumous()) {
				sheet.value(row, 9, text("commendation.posthumous", locale));
			}
			row++;
		}
		if (row > HEADER + 1) {
			sheet.setAutoFilter(HEADER, 0, COLUMNS.length - 1);
		}
		workbook.finish();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
