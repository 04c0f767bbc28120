package vn.dangvu.report.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.report.TableDocument;
import vn.dangvu.report.TableDocuments;

/** Sends a table as the Excel workbook or the PDF the request's extension asks for, as an attachment. */
final class ReportDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ReportDownloads() {
	}

	static void write(TableDocuments documents, TableDocument table, Principal user, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean pdf = request.getRequestURI().endsWith(".pdf");
		response.setContentType(pdf ? "application/pdf" : XLSX);
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + table.fileName().replaceAll("[^A-Za-z0-9._-]", "-") + (pdf ? ".pdf" : ".xlsx") + "\"");
		String exportedBy = user == null ? "" : user.getName();
		if (pdf) {
			documents.pdf(table, exportedBy, response.getOutputStream());
		}
		else {
			documents.xlsx(table, exportedBy, response.getOutputStream());
		}
	}

}
