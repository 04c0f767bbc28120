package vn.dangvu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;

import vn.dangvu.common.pdf.PdfRenderer;
import vn.dangvu.common.time.Dates;
import vn.dangvu.member.AgeBand;
import vn.dangvu.member.MemberBreakdown;
import vn.dangvu.member.MemberMovements;

/**
 * The basic statistics table and the movements table as documents: an Excel workbook with the organization, the date
 * or period and the exporting user in title rows and merged header cells, and an A4 landscape PDF
 * ({@link PdfRenderer}). Labels are the Vietnamese ones of the pages.
 */
@Service
public class TableDocuments {

	static final List<String> POLITICAL_THEORY = List.of("ELEMENTARY", "INTERMEDIATE", "ADVANCED", "NONE");

	static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

	private final MessageSource messages;

	private final PdfRenderer printer;

	TableDocuments(MessageSource messages, PdfRenderer printer) {
		this.messages = messages;
		this.printer = printer;
	}

	private String label(String key, Object... args) {
		return messages.getMessage(key, args, SummaryDocuments.VIETNAMESE);
	}

	/** The basic statistics table as on its page. */
	public TableDocument statistics(StatisticsTable table) {
		List<TableDocument.Column> columns = new ArrayList<>();
		List<Function<StatisticsRow, Long>> values = new ArrayList<>();
		String orgs = label("statistics.organizations");
		add(columns, values, orgs, label("summary.grassroots"), StatisticsRow::grassroots);
		add(columns, values, orgs, label("summary.cells"), StatisticsRow::cells);
		add(columns, values, orgs, label("statistics.nonState"), StatisticsRow::nonStateEnterprise);
		String members = label("statistics.members");
		add(columns, values, members, label("statistics.total"), r -> r.members().total());
		add(columns, values, members, label("summary.members.official"), r -> r.members().official());
		add(columns, values, members, label("summary.members.probationary"), r -> r.members().probationary());
		add(columns, values, null, label("summary.members.female"), r -> r.members().female());
		for (AgeBand band : AgeBand.values()) {
			add(columns, values, label("statistics.ageBands"), label(band.messageKey()),
					r -> r.members().ageBands().getOrDefault(band.name(), 0L));
		}
		add(columns, values, null, label("summary.members.ethnicMinority"), r -> r.members().ethnicMinority());
		add(columns, values, null, label("summary.members.religious"), r -> r.members().religious());
		for (String t : POLITICAL_THEORY) {
			add(columns, values, label("statistics.politicalTheory"), label("member.politicalTheory." + t),
					r -> theory(r.members(), t));
		}
		add(columns, values, null, label("summary.members.exempted"), r -> r.members().exempted());
		List<TableDocument.Row> rows = table.rows().stream().map(r -> row(r.name(), r, values)).toList();
		return new TableDocument(label("statistics.heading", table.orgName(), Dates.format(table.asOf())),
				label("statistics.title"), "thong-ke-" + table.orgCode() + "-" + table.asOf(), label("organization.name"),
				columns, rows, row(label("statistics.total"), table.total(), values), null);
	}

	private static long theory(MemberBreakdown m, String level) {
		return m.politicalTheory().getOrDefault(level, 0L);
	}

	/** The movements table as on its page. */
	public TableDocument movements(MovementTable table) {
		List<TableDocument.Column> columns = new ArrayList<>();
		List<Function<MovementRow, Long>> values = new ArrayList<>();
		String admitted = label("movements.admitted");
		add(columns, values, admitted, label("statistics.total"), r -> r.movements().admitted());
		add(columns, values, admitted, label("movements.admitted.female"), r -> r.movements().admittedFemale());
		add(columns, values, admitted, label("movements.admitted.ethnicMinority"),
				r -> r.movements().admittedEthnicMinority());
		add(columns, values, admitted, label("movements.admitted.young"), r -> r.movements().admittedAged18To30());
		add(columns, values, null, label("summary.movements.readmitted"), r -> r.movements().readmitted());
		add(columns, values, null, label("summary.movements.recognized"), r -> r.movements().recognized());
		add(columns, values, null, label("summary.movements.notRecognized"), r -> r.movements().notRecognized());
		add(columns, values, label("movements.transfers"), label("summary.movements.transferredIn"),
				r -> r.movements().transferredIn());
		add(columns, values, label("movements.transfers"), label("summary.movements.transferredOut"),
				r -> r.movements().transferredOut());
		String decreases = label("movements.decreases");
		add(columns, values, decreases, label("summary.movements.died"), r -> r.movements().died());
		add(columns, values, decreases, label("summary.movements.removed"), r -> r.movements().removed());
		add(columns, values, decreases, label("summary.movements.expelled"), r -> r.movements().expelled());
		add(columns, values, decreases, label("summary.movements.left"), r -> r.movements().left());
		for (String y : SummaryReports.MILESTONES) {
			add(columns, values, label("movements.badges"), y, r -> r.movements().badgesByYears().getOrDefault(y, 0L));
		}
		for (String g : GRADES) {
			add(columns, values, label("movements.grades"), label("movements.grade." + g),
					r -> r.movements().grades().getOrDefault(g, 0L));
		}
		List<TableDocument.Row> rows = table.rows()
			.stream()
			.map(r -> row(r.ended() ? label("movements.ended", r.name()) : r.name(), r, values))
			.toList();
		return new TableDocument(
				label("movements.heading", table.orgName(), Dates.format(table.from()), Dates.format(table.to())),
				label("movements.title"), "bien-dong-" + table.orgCode() + "-" + table.from() + "-" + table.to(),
				label("organization.name"), columns, rows, row(label("statistics.total"), table.total(), values),
				label("movements.note"));
	}

	private static <R> void add(List<TableDocument.Column> columns, List<Function<R, Long>> values, String group,
			String label, Function<R, Long> value) {
		columns.add(new TableDocument.Column(group, label));
		values.add(value);
	}

	private static <R> TableDocument.Row row(String name, R row, List<Function<R, Long>> values) {
		return new TableDocument.Row(name, values.stream().map(f -> f.apply(row)).toList());
	}

	private String exported(String exportedBy) {
		return label("summary.document.exported", exportedBy,
				Dates.format(LocalDateTime.now()));
	}

	/** The workbook: title rows, two header rows with merged cells, the rows and the total; it streams. */
	public void xlsx(TableDocument table, String exportedBy, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
			Worksheet sheet = workbook.newWorksheet(table.sheetName());
			int last = table.columns().size();
			sheet.value(0, 0, table.title());
			sheet.range(0, 0, 0, last).merge();
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, exported(exportedBy));
			sheet.range(1, 0, 1, last).merge();
			int header = 3;
			for (int h = 0; h < 2; h++) {
				for (TableDocument.HeaderCell cell : table.headerRows().get(h)) {
					sheet.value(header + h, cell.column(), cell.label());
					if (cell.colspan() > 1 || cell.rowspan() > 1) {
						sheet.range(header + h, cell.column(), header + h + cell.rowspan() - 1,
								cell.column() + cell.colspan() - 1).merge();
					}
				}
			}
			sheet.range(header, 0, header + 1, last)
				.style()
				.bold()
				.fillColor("EEF1F4")
				.horizontalAlignment("center")
				.verticalAlignment("center")
				.wrapText(true)
				.borderStyle("thin")
				.set();
			int r = header + 2;
			for (TableDocument.Row row : table.rows()) {
				write(sheet, r++, row);
			}
			write(sheet, r, table.total());
			sheet.range(header + 2, 0, r, last).style().borderStyle("thin").set();
			sheet.range(r, 0, r, last).style().bold().borderStyle("thin").set();
			if (table.note() != null) {
				sheet.value(r + 2, 0, table.note());
			}
			sheet.width(0, 40);
			for (int c = 1; c <= last; c++) {
				sheet.width(c, 10);
			}
			sheet.freezePane(1, header + 2);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Worksheet sheet, int r, TableDocument.Row row) {
		sheet.value(r, 0, row.name());
		for (int c = 0; c < row.values().size(); c++) {
			sheet.value(r, c + 1, row.values().get(c));
		}
	}

	/** The A4 landscape PDF. */
	public void pdf(TableDocument table, String exportedBy, OutputStream out) {
		Context context = new Context(SummaryDocuments.VIETNAMESE);
		context.setVariable("table", table);
		context.setVariable("exported", exported(exportedBy));
		printer.render("report/table-pdf", context, out);
	}

}
