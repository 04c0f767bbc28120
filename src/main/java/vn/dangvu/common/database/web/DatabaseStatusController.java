package vn.dangvu.common.database.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.common.database.DatabaseStatus;

/** {@code /system/database} (administrators): the primary, the read replica and how far behind it is. */
@Controller
class DatabaseStatusController {

	private final DatabaseStatus status;

	DatabaseStatusController(DatabaseStatus status) {
		this.status = status;
	}

	@GetMapping("/system/database")
	String database(Model model) {
		model.addAttribute("status", status.status());
		model.addAttribute("zone", java.time.ZoneId.systemDefault());
		return "system/database";
	}

}
