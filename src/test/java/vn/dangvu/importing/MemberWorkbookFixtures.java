package vn.dangvu.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Filled member workbooks for tests: the template's header row, then the given rows of texts. */
public final class MemberWorkbookFixtures {

	private MemberWorkbookFixtures() {
	}

	public static byte[] workbook(String[]... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet(MemberWorkbook.SHEET);
			for (MemberWorkbook.Column c : MemberWorkbook.Column.values()) {
				sheet.value(0, c.ordinal(), c.header);
			}
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						sheet.value(r + 1, c, rows[r][c]);
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
