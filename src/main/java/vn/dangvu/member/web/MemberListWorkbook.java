package vn.dangvu.member.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangvu.common.time.Dates;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The member list as an Excel workbook: a title row naming the organization and the date, a row naming the exporting
 * user and the time (personal data leaves the application only so), a header row, then every row of the list in the
 * list's order. The rows are read in one statement and written out as they come ({@link MemberRoster#forEach}), so a
 * province's list does not have to fit in memory (fastexcel writes the sheet as a stream); read page after page, the
 * city's 50,000 members took 45 s, each page walking past those before it. They are written a thousand at a time by a
 * thread of their own while the next are read ({@link PiecesWrittenAside}). A list longer than a sheet holds is
 * refused before anything is written.
 */
@Component
class MemberListWorkbook {

	/** Rows written between two flushes of the sheet to the response. */
	static final int FLUSH = 1_000;

	/** {@link #FLUSH}; tests lower it to see a list written in several pieces. */
	int flushEvery = FLUSH;

	/** The rows an Excel sheet holds (Excel's limit, which fastexcel enforces). */
	static final int SHEET_ROWS = 1_048_576;

	static final String[] COLUMNS = { "memberNo", "fullName", "gender", "birthDate", "ethnicity", "religion", "status",
			"orgCode", "orgName", "exempted" };

	/** The column of the birth date, a date cell. */
	static final int BIRTH_DATE = 3;

	/** The header row, under the title and the exporting user. */
	static final int HEADER = 2;

	/** The members a sheet holds under its title, the exporting user and the header. */
	static final int MOST_MEMBERS = SHEET_ROWS - HEADER - 1;

	/** {@link #MOST_MEMBERS}; tests lower it to see a list refused. */
	long mostMembers = MOST_MEMBERS;

	static final double[] WIDTHS = { 14, 30, 8, 12, 12, 14, 22, 18, 40, 12 };

	private final MemberRoster roster;

	private final Organizations organizations;

	private final MessageSource messages;

	MemberListWorkbook(MemberRoster roster, Organizations organizations, MessageSource messages) {
		this.roster = roster;
		this.organizations = organizations;
		this.messages = messages;
	}

	/**
	 * Refuses a list longer than a sheet holds ({@value #MOST_MEMBERS} members), before the response is begun: the
	 * nation's list, unfiltered, is five times that.
	 */
	void refuseTooLong(MemberFilter filter) {
		long members = roster.count(filter.toQuery());
		if (members > mostMembers) {
			throw new ExportTooLongException(members, mostMembers, filter.pageLink(0));
		}
	}

	/** The list as a workbook; {@link #refuseTooLong} first. */
	void write(MemberFilter filter, String exportedBy, Locale locale, OutputStream out) throws IOException {
		LocalDate asOf = filter.asOfOrToday();
		OrganizationNames names = OrganizationNames.ofSubtree(organizations, filter.org(), asOf);
		Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("member.export.sheet", locale));
		sheet.value(0, 0, title(filter, names, asOf, locale));
		sheet.style(0, 0).bold().fontSize(13).set();
		sheet.value(1, 0, messages.getMessage("member.export.exported", new Object[] { exportedBy,
				Dates.format(LocalDateTime.now()) }, locale));
		sheet.style(1, 0).italic().set();
		for (int c = 0; c < COLUMNS.length; c++) {
			sheet.value(HEADER, c, text("member.export.column." + COLUMNS[c], locale));
			sheet.style(HEADER, c).bold().fillColor("FFEEF1F4").wrapText(true).set();
			sheet.width(c, WIDTHS[c]);
		}
		sheet.freezePane(0, HEADER + 1);
		int[] next = { HEADER + 1 }; // the row the next piece begins on: the writing thread's alone until finished
		// the organizations' names are found on this thread: one not in the subtree is looked up in the database
		try (PiecesWrittenAside<Named> pieces = new PiecesWrittenAside<>("member-export", flushEvery, piece -> {
			for (Named member : piece) {
				write(sheet, next[0]++, member.row(), member.orgName(), locale);
			}
			try {
				flush(sheet, next[0] - piece.size(), next[0]);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		})) {
			roster.forEach(filter.toQuery(), member -> pieces.add(new Named(member, names.name(member.orgCode()))));
			pieces.finish();
		}
		if (next[0] > HEADER + 1) {
			sheet.setAutoFilter(HEADER, 0, COLUMNS.length - 1);
		}
		workbook.finish();
	}

	/**
	 * Formats the birth dates of the rows from {@code first} (inclusive) to {@code end} (exclusive) — one style for
	 * them all, where a style set on each cell was looked up again for each —, then writes the rows out.
	 */
	private static void flush(Worksheet sheet, int first, int end) throws IOException {
		sheet.range(first, BIRTH_DATE, end - 1, BIRTH_DATE).style().format("dd/mm/yyyy").set();
		sheet.flush();
	}

	/**
	 * One row. The member's number and name, different on every row, are written in the row itself; the workbook's
	 * table of shared texts would hold them all until the end (then sorted and written out after the last row: a
	 * fifth of a province's export) to save a few bytes on texts that occur once.
	 */
	private void write(Worksheet sheet, int row, MemberRow m, String orgName, Locale locale) {
		sheet.inlineString(row, 0, m.memberNo());
		sheet.inlineString(row, 1, m.fullName());
		sheet.value(row, 2, text(m.gender().messageKey(), locale));
		sheet.value(row, BIRTH_DATE, m.birthDate());
		sheet.value(row, 4, m.ethnicity());
		if (m.religion() != null) {
			sheet.value(row, 5, m.religion());
		}
		sheet.value(row, 6, text("member.status." + m.status().name(), locale));
		sheet.value(row, 7, m.orgCode());
		sheet.value(row, 8, orgName);
		if (m.exempted()) {
			sheet.value(row, 9, text("member.exempted.yes", locale));
		}
	}

	/** A row of the list with its organization's name on the list's date. */
	private record Named(MemberRow row, String orgName) {
	}

	private String title(MemberFilter filter, OrganizationNames names, LocalDate asOf, Locale locale) {
		String date = Dates.format(asOf);
		if (filter.org() == null) {
			return messages.getMessage("member.export.title.all", new Object[] { date }, locale);
		}
		String organization = names.find(filter.org())
			.map(OrganizationView::name)
			.map(name -> name + " (" + filter.org() + ")")
			.orElse(filter.org());
		return messages.getMessage("member.export.title", new Object[] { organization, date }, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
