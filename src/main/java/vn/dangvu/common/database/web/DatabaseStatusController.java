package vn.dangvu.common.database.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.common.database.DatabaseMaintenance;
import vn.dangvu.common.database.DatabaseStatus;
import vn.dangvu.common.database.DatabaseStatusView;

/**
 * {@code /system/database} (administrators): the primary, the read replica and how far behind it is, and the
 * database's background maintenance.
 */
@Controller
class DatabaseStatusController {

	private final DatabaseStatus status;

	private final DatabaseMaintenance maintenance;

	DatabaseStatusController(DatabaseStatus status, DatabaseMaintenance maintenance) {
		this.status = status;
		this.maintenance = maintenance;
	}

	@GetMapping("/system/database")
	String database(Model model) {
		DatabaseStatusView shown = status.status();
		model.addAttribute("status", shown);
		model.addAttribute("zone", java.time.ZoneId.systemDefault());
		// a primary that does not answer is said once, above; the maintenance is then not asked
		model.addAttribute("maintenance", shown.primaryProblem() == null ? maintenance.now() : null);
		return "system/database";
	}

}
