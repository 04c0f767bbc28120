package vn.dangvu.common.database.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.common.database.DatabaseMaintenance;
import vn.dangvu.common.database.MaintenanceView;

/**
 * {@code GET /api/v1/system/maintenance} (administrators): what autovacuum is doing and has still to do, for scripts
 * that wait for the database to be at rest after a large import (the benchmarks do) — {@code settled} when nothing.
 */
@RestController
class MaintenanceApiController {

	private final DatabaseMaintenance maintenance;

	MaintenanceApiController(DatabaseMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@GetMapping("/api/v1/system/maintenance")
	MaintenanceView maintenance() {
		return maintenance.now();
	}

}
