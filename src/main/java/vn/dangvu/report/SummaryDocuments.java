package vn.dangvu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.dangvu.common.time.Dates;

/**
 * The summary as documents officers file and print: an Excel workbook (title rows with the organization, period,
 * exporting user and time; the figures with the year before) and an A4 PDF in a font that has every Vietnamese letter
 * (Liberation Sans 2, SIL OFL, shipped in the jar).
 */
@Service
public class SummaryDocuments {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final TemplateEngine templates;

	SummaryDocuments(MessageSource messages, TemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	/** The lines of the summary, labelled in Vietnamese; {@code previous} may be null. */
	public List<SummaryLine> lines(SummaryReport r, SummaryReport previous) {
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
		try {
			Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
			Worksheet sheet = workbook.newWorksheet(label("summary.document.sheet"));
			sheet.value(0, 0, title(r, orgName));
			sheet.range(0, 0, 0, 2).merge();
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, messages.getMessage("summary.document.exported", new Object[] { exportedBy,
					LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) }, VIETNAMESE));
			sheet.range(1, 0, 1, 2).merge();
			sheet.value(3, 0, label("summary.figure"));
			sheet.value(3, 1, Dates.format(r.from()) + " – " + Dates.format(r.to()));
			if (previous != null) {
				sheet.value(3, 2, Dates.format(previous.from()) + " – " + Dates.format(previous.to()));
			}
			sheet.range(3, 0, 3, 2).style().bold().fillColor("EEF1F4").set();
			int row = 4;
			for (SummaryLine line : lines(r, previous)) {
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
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The A4 PDF of the summary. */
	public void pdf(SummaryReport r, SummaryReport previous, String orgName, String exportedBy, OutputStream out) {
		Context context = new Context(VIETNAMESE);
		context.setVariable("title", title(r, orgName));
		context.setVariable("lines", lines(r, previous));
		context.setVariable("report", r);
		context.setVariable("previous", previous);
		context.setVariable("exported", messages.getMessage("summary.document.exported", new Object[] { exportedBy,
				LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) }, VIETNAMESE));
		String html = templates.process("report/summary-pdf", context)
			// the stylesheet goes in here, not in the template: no template holds an inline style (the CSP of the pages)
			.replace("</head>", "<style>" + STYLESHEET + "</style></head>");
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/LiberationSans-Regular.ttf"), "Liberation Sans", 400,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/LiberationSans-Bold.ttf"), "Liberation Sans", 700,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The A4 layout of the PDF. */
	private static final String STYLESHEET = stylesheet("report/summary-pdf.css");

	private static String stylesheet(String path) {
		try (java.io.InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Convenience for tests and small documents. */
	public byte[] pdfBytes(SummaryReport r, SummaryReport previous, String orgName, String exportedBy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf(r, previous, orgName, exportedBy, out);
		return out.toByteArray();
	}

}
