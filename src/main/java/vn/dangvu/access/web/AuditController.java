package vn.dangvu.access.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditQuery;
import vn.dangvu.access.AuditRecordView;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.access.AuditTrail.AuditPage;

/**
 * The audit page for administrators: the records filtered by user, kind, subject, organization subtree and period,
 * newest first, each marked when its content no longer matches its hash; on demand, the check of the whole chain,
 * which says where it breaks; and the same records as CSV.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String username, @RequestParam(required = false) AuditKind kind,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String org,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		AuditQuery query = new AuditQuery(username, kind, subject, org, from, to, page, PAGE_SIZE);
		AuditPage records = trail.find(query);
		model.addAttribute("query", query);
		model.addAttribute("records", records);
		model.addAttribute("kinds", AuditKind.values());
		model.addAttribute("zone", ZoneId.systemDefault());
		if (verify) {
			model.addAttribute("verification", trail.verify());
		}
		return "access/audit";
	}

	@GetMapping("/audit/export.csv")
	void export(@RequestParam(required = false) String username, @RequestParam(required = false) AuditKind kind,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String org,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // so that Excel reads UTF-8
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
			.setHeader("id", "at", "username", "client_address", "kind", "subject", "org_code", "decision_no", "before",
					"after", "prev_hash", "hash", "intact")
			.get())) {
			for (int page = 0;; page++) {
				AuditPage records = trail.find(new AuditQuery(username, kind, subject, org, from, to, page, 1000));
				for (AuditRecordView r : records.items()) {
					csv.printRecord(r.id(), r.at(), r.username(), r.clientAddress(), r.kind(), r.subject(), r.orgCode(),
							r.decisionNo(), r.before(), r.after(), r.prevHash(), r.hash(), r.intact());
				}
				if (records.items().size() < 1000) {
					break;
				}
			}
		}
	}

}
