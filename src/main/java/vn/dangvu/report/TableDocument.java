package vn.dangvu.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A statistics table as it is exported: the title rows, a first column of names, columns that may share a group
 * heading (merged across them, as officers lay out their forms), the rows and the total row.
 *
 * @param title the first title row: what, of which organization, on which date or period
 */
public record TableDocument(String title, String sheetName, String fileName, String nameHeader, List<Column> columns,
		List<Row> rows, Row total, String note) {

	/** A column; {@code group} null for a column whose heading spans both header rows. */
	public record Column(String group, String label) {
	}

	/** A row: a name and one number per column. */
	public record Row(String name, List<Long> values) {
	}

	/** A cell of the two header rows, with its spans. */
	public record HeaderCell(String label, int column, int colspan, int rowspan) {
	}

	/** The two header rows (the name column included, as column 0). */
	public List<List<HeaderCell>> headerRows() {
		List<HeaderCell> top = new ArrayList<>();
		List<HeaderCell> bottom = new ArrayList<>();
		top.add(new HeaderCell(nameHeader, 0, 1, 2));
		int i = 0;
		while (i < columns.size()) {
			Column c = columns.get(i);
			if (c.group() == null) {
				top.add(new HeaderCell(c.label(), i + 1, 1, 2));
				i++;
				continue;
			}
			int start = i;
			while (i < columns.size() && c.group().equals(columns.get(i).group())) {
				bottom.add(new HeaderCell(columns.get(i).label(), i + 1, 1, 1));
				i++;
			}
			top.add(new HeaderCell(c.group(), start + 1, i - start, 1));
		}
		return List.of(top, bottom);
	}

}
