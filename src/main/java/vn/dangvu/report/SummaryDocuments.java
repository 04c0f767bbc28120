package vn.dangvu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;

import vn.dangvu.common.pdf.PdfRenderer;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.RestructuringView;

/**
 * The summary as documents officers file and print: an Excel workbook (title rows with the organization, period,
 * exporting user and time; the figures with the year before) and an A4 PDF in a font that has every Vietnamese letter
 * ({@link PdfRenderer}).
 */
@Service
public class SummaryDocuments {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final PdfRenderer printer;

	private final SummaryReports summaries;

	SummaryDocuments(MessageSource messages, PdfRenderer printer, SummaryReports summaries) {
		this.messages = messages;
		this.printer = printer;
		this.summaries = summaries;
	}

	/** The lines of the summary, labelled in Vietnamese; {@code previous} may be null. */
	public List<SummaryLine> lines(SummaryReport r, SummaryReport previous) {
		return lines(r, previous, null);
	}

	/** The lines of the summary and, when {@code units} is given, the restructuring of the period after them. */
	public List<SummaryLine> lines(SummaryReport r, SummaryReport previous, UnitChangeSummary units) {
		List<SummaryLine> lines = new ArrayList<>();
		NumberFormat n = NumberFormat.getIntegerInstance(VIETNAMESE);
		Function<Function<SummaryReport, Number>, String[]> values = f -> new String[] { n.format(f.apply(r)),
				previous == null ? null : n.format(f.apply(previous)) };
		group(lines, "summary.group.organizations");
		figure(lines, "summary.grassroots", values.apply(x -> x.organizations().grassroots()));
		figure(lines, "organization.type.GRASSROOTS_COMMITTEE",
				values.apply(x -> x.organizations().byType().get("GRASSROOTS_COMMITTEE")));
		figure(lines, "organization.type.GRASSROOTS_CELL", values.apply(x -> x.organizations().byType().get("GRASSROOTS_CELL")));
		figure(lines, "summary.cells", values.apply(x -> x.organizations().cells()));
		lines.add(new SummaryLine(messages.getMessage("summary.group.members", new Object[] { Dates.format(r.to()) },
				VIETNAMESE), null, null, true));
		figure(lines, "summary.members.total", values.apply(x -> x.members().total()));
		figure(lines, "summary.members.official", values.apply(x -> x.members().official()));
		figure(lines, "summary.members.probationary", values.apply(x -> x.members().probationary()));
		figure(lines, "summary.members.female", values.apply(x -> x.members().female()));
		figure(lines, "summary.members.ethnicMinority", values.apply(x -> x.members().ethnicMinority()));
		figure(lines, "summary.members.religious", values.apply(x -> x.members().religious()));
		figure(lines, "summary.members.exempted", values.apply(x -> x.members().exempted()));
		figure(lines, "summary.members.under30", values.apply(x -> x.members().under30()));
		group(lines, "summary.group.movements");
		figure(lines, "summary.movements.admitted", values.apply(x -> x.movements().admitted()));
		figure(lines, "summary.movements.readmitted", values.apply(x -> x.movements().readmitted()));
		figure(lines, "summary.movements.recognized", values.apply(x -> x.movements().recognized()));
		figure(lines, "summary.movements.notRecognized", values.apply(x -> x.movements().notRecognized()));
		figure(lines, "summary.movements.transferredIn", values.apply(x -> x.movements().transferredIn()));
		figure(lines, "summary.movements.transferredOut", values.apply(x -> x.movements().transferredOut()));
		figure(lines, "summary.movements.died", values.apply(x -> x.movements().died()));
		figure(lines, "summary.movements.removed", values.apply(x -> x.movements().removed()));
		figure(lines, "summary.movements.expelled", values.apply(x -> x.movements().expelled()));
		figure(lines, "summary.movements.left", values.apply(x -> x.movements().left()));
		group(lines, "summary.group.badges");
		figure(lines, "summary.badges.awarded", values.apply(x -> x.badges().awarded()));
		lines.add(new SummaryLine(messages.getMessage("summary.group.assessment", new Object[] { r.assessment().year() },
				VIETNAMESE), null, null, true));
		figure(lines, "summary.assessment.assessed", values.apply(x -> x.assessment().assessed()));
		figure(lines, "summary.assessment.excellent", values.apply(x -> x.assessment().excellent()));
		figure(lines, "summary.assessment.good", values.apply(x -> x.assessment().good()));
		figure(lines, "summary.assessment.completed", values.apply(x -> x.assessment().completed()));
		figure(lines, "summary.assessment.notCompleted", values.apply(x -> x.assessment().notCompleted()));
		NumberFormat percent = NumberFormat.getPercentInstance(VIETNAMESE);
		percent.setMinimumFractionDigits(2);
		lines.add(new SummaryLine(label("summary.assessment.rate"), percent.format(r.assessment().goodOrBetterRate()),
				previous == null ? null : percent.format(previous.assessment().goodOrBetterRate()), false));
		if (units != null) {
			group(lines, "summary.group.restructuring");
			figure(lines, "summary.restructuring.established", new String[] { n.format(units.established()), null });
			figure(lines, "summary.restructuring.merged", new String[] { n.format(units.merged()), null });
			figure(lines, "summary.restructuring.dissolved", new String[] { n.format(units.dissolved()), null });
			long net = units.netChange();
			String change = net < 0 ? messages.getMessage("summary.restructuring.decrease", new Object[] { -net }, VIETNAMESE)
					: net > 0 ? messages.getMessage("summary.restructuring.increase", new Object[] { net }, VIETNAMESE)
							: label("summary.restructuring.unchanged");
			lines.add(new SummaryLine(messages.getMessage("summary.restructuring.net", new Object[] { units.unitsBefore(),
					Dates.format(units.from().minusDays(1)), units.unitsAfter(), Dates.format(units.to()) }, VIETNAMESE),
					change, null, false));
		}
		return lines;
	}

	private void group(List<SummaryLine> lines, String key) {
		lines.add(new SummaryLine(label(key), null, null, true));
	}

	private void figure(List<SummaryLine> lines, String key, String[] values) {
		lines.add(new SummaryLine(label(key), values[0], values[1], false));
	}

	private String label(String key) {
		return messages.getMessage(key, null, VIETNAMESE);
	}

	private String title(SummaryReport r, String orgName) {
		return messages.getMessage("summary.document.title", new Object[] { orgName, Dates.format(r.from()),
				Dates.format(r.to()) }, VIETNAMESE);
	}

	/** The Excel workbook of the summary. */
	public void xlsx(SummaryReport r, SummaryReport previous, String orgName, String exportedBy, OutputStream out) {
		xlsx(r, previous, null, orgName, exportedBy, out);
	}

	/**
	 * The Excel workbook of the summary with the restructuring of the period ({@code units} may be null): its figures
	 * after the summary's, and its decisions, when there are any, on a second sheet — all of them (the page lists
	 * them a hundred at a time).
	 */
	public void xlsx(SummaryReport r, SummaryReport previous, UnitChangeSummary units, String orgName,
			String exportedBy, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
			Worksheet sheet = workbook.newWorksheet(label("summary.document.sheet"));
			sheet.value(0, 0, title(r, orgName));
			sheet.range(0, 0, 0, 2).merge();
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, messages.getMessage("summary.document.exported", new Object[] { exportedBy,
					Dates.format(LocalDateTime.now()) }, VIETNAMESE));
			sheet.range(1, 0, 1, 2).merge();
			sheet.value(3, 0, label("summary.figure"));
			sheet.value(3, 1, Dates.format(r.from()) + " – " + Dates.format(r.to()));
			if (previous != null) {
				sheet.value(3, 2, Dates.format(previous.from()) + " – " + Dates.format(previous.to()));
			}
			sheet.range(3, 0, 3, 2).style().bold().fillColor("EEF1F4").set();
			int row = 4;
			for (SummaryLine line : lines(r, previous, units)) {
				sheet.value(row, 0, line.label());
				if (line.group()) {
					sheet.style(row, 0).bold().set();
				}
				else {
					sheet.value(row, 1, line.value());
					if (line.previous() != null) {
						sheet.value(row, 2, line.previous());
					}
				}
				row++;
			}
			sheet.width(0, 50);
			sheet.width(1, 24);
			sheet.width(2, 24);
			if (units != null && !units.decisions().isEmpty()) {
				decisions(workbook.newWorksheet(label("summary.document.decisionsSheet")), title(r, orgName),
						units.decisions());
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The decisions in the order they took effect: the date, the operation, the organizations, the decision. */
	private void decisions(Worksheet sheet, String title, List<RestructuringView> decisions) {
		Map<String, String> names = summaries.unitNames(decisions);
		sheet.value(0, 0, title);
		sheet.range(0, 0, 0, 3).merge();
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, label("summary.restructuring.decisions"));
		sheet.range(1, 0, 1, 3).merge();
		String[] headers = { "summary.restructuring.effectiveOn", "restructuring.operation",
				"summary.restructuring.organizations", "summary.restructuring.decision" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(3, c, label(headers[c]));
		}
		sheet.range(3, 0, 3, 3).style().bold().fillColor("EEF1F4").set();
		int row = 4;
		for (RestructuringView d : decisions) {
			sheet.value(row, 0, Dates.format(d.effectiveOn()));
			sheet.value(row, 1, label(d.operation().messageKey()));
			sheet.value(row, 2, organizations(d, names));
			sheet.value(row, 3, d.decision().number() + ", " + Dates.format(d.decision().date()));
			row++;
		}
		sheet.width(0, 14);
		sheet.width(1, 24);
		sheet.width(2, 80);
		sheet.width(3, 24);
	}

	/** As the summary page shows them: the subjects, then the target or the parts after an arrow. */
	private static String organizations(RestructuringView d, Map<String, String> names) {
		StringBuilder text = new StringBuilder(String.join(", ", d.subjectCodes().stream().map(names::get).toList()));
		if (d.targetCode() != null) {
			text.append(" → ").append(names.get(d.targetCode()));
		}
		if (!d.partCodes().isEmpty()) {
			text.append(" → ").append(String.join(", ", d.partCodes().stream().map(names::get).toList()));
		}
		return text.toString();
	}

	/** The A4 PDF of the summary. */
	public void pdf(SummaryReport r, SummaryReport previous, String orgName, String exportedBy, OutputStream out) {
		pdf(r, previous, null, orgName, exportedBy, out);
	}

	/** The A4 PDF of the summary with the restructuring of the period ({@code units} may be null). */
	public void pdf(SummaryReport r, SummaryReport previous, UnitChangeSummary units, String orgName,
			String exportedBy, OutputStream out) {
		Context context = new Context(VIETNAMESE);
		context.setVariable("title", title(r, orgName));
		context.setVariable("lines", lines(r, previous, units));
		context.setVariable("report", r);
		context.setVariable("previous", previous);
		context.setVariable("exported", messages.getMessage("summary.document.exported", new Object[] { exportedBy,
				Dates.format(LocalDateTime.now()) }, VIETNAMESE));
		printer.render("report/summary-pdf", context, out);
	}

	/** Convenience for tests and small documents. */
	public byte[] pdfBytes(SummaryReport r, SummaryReport previous, String orgName, String exportedBy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf(r, previous, orgName, exportedBy, out);
		return out.toByteArray();
	}

}
