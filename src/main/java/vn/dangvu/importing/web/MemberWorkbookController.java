package vn.dangvu.importing.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.dangvu.common.web.CallerScope;
import vn.dangvu.importing.MemberWorkbookImport;

/**
 * The Excel import of members: the template, the upload, the preview of every row (nothing written yet), then the
 * import of all rows or of the good ones. The uploaded file waits in the session between preview and import. Rows
 * are checked against the caller's scope (the organizations they name are in cells, out of the guard's sight).
 */
@Controller
class MemberWorkbookController {

	static final String UPLOAD = "memberWorkbook";

	static final String UPLOAD_NAME = "memberWorkbookName";

	private final MemberWorkbookImport imports;

	private final MessageSource messages;

	private final CallerScope scope;

	MemberWorkbookController(MemberWorkbookImport imports, MessageSource messages, CallerScope scope) {
		this.imports = imports;
		this.messages = messages;
		this.scope = scope;
	}

	@GetMapping("/imports/members")
	String form() {
		return "importing/members";
	}

	@GetMapping("/imports/members/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"mau-danh-sach-dang-vien.xlsx\"");
		imports.template(response.getOutputStream());
	}

	@PostMapping("/imports/members/preview")
	String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model, Locale locale)
			throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("error", messages.getMessage("import.members.noFile", null, locale));
			return "importing/members";
		}
		byte[] bytes = file.getBytes();
		String name = file.getOriginalFilename() == null ? "tep.xlsx" : file.getOriginalFilename();
		session.setAttribute(UPLOAD, bytes);
		session.setAttribute(UPLOAD_NAME, name);
		model.addAttribute("preview", imports.preview(bytes, name, scope));
		return "importing/members-preview";
	}

	@PostMapping("/imports/members")
	String commit(@RequestParam(defaultValue = "false") boolean onlyValid, HttpSession session, Locale locale,
			RedirectAttributes redirect) {
		byte[] bytes = (byte[]) session.getAttribute(UPLOAD);
		String name = (String) session.getAttribute(UPLOAD_NAME);
		if (bytes == null) {
			redirect.addFlashAttribute("error", messages.getMessage("import.members.expired", null, locale));
			return "redirect:/imports/members";
		}
		try {
			MemberWorkbookImport.Imported done = imports.commit(bytes, name, onlyValid, scope);
			session.removeAttribute(UPLOAD);
			session.removeAttribute(UPLOAD_NAME);
			redirect.addFlashAttribute("done", messages.getMessage("import.members.done",
					new Object[] { done.files(), done.events(), done.skippedRows() }, locale));
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/imports/members";
	}

}
