package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.access.Role;
import vn.dangvu.access.Users;

/**
 * {@code /system/database} without a replica: the primary, "no replica" and the background maintenance; the
 * maintenance as JSON for administrators only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
class DatabaseStatusWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseMaintenance maintenance;

	@Test
	void showsThePrimaryWithoutPasswordAndThatThereIsNoReplica() {
		users.add("quantri", Role.ADMIN, null);
		assertThat(mvc.get().uri("/system/database").with(user(details.loadUserByUsername("quantri")))).hasStatusOk()
			.bodyText()
			.contains("Cơ sở dữ liệu và bản sao đọc", "jdbc:postgresql://", "Vị trí WAL hiện tại",
					"Không có bản sao: mọi truy vấn đều chạy trên máy chủ chính")
			.doesNotContainIgnoringCase("password=");
	}

	@Test
	void showsTheBackgroundMaintenanceWithATableDue() throws Exception {
		users.add("quantri.bt", Role.ADMIN, null);
		try (DueTable due = new DueTable(dataSource, maintenance, "mt_page")) {
			assertThat(due.listedIn(due.await(due::listedIn))).isTrue();
			assertThat(mvc.get().uri("/system/database").with(user(details.loadUserByUsername("quantri.bt"))))
				.hasStatusOk()
				.bodyText()
				.containsIgnoringWhitespaces("Bảo trì nền (autovacuum)",
						"<td>mt_page</td><td>Dọn bảng (VACUUM)</td><td>Đang chờ autovacuum</td><td class=\"num\">—</td>",
						"<td>mt_page</td><td>Cập nhật thống kê (ANALYZE)</td><td>Đang chờ autovacuum</td>",
						"autovacuum dọn và thống kê lại các bảng vừa nạp")
				.doesNotContain("cơ sở dữ liệu đang ở trạng thái nghỉ");
		}
	}

	@Test
	void showsAnAnalyzeRunningWithItsPhase() throws Exception {
		users.add("quantri.vc", Role.ADMIN, null);
		try (DueTable table = new DueTable(dataSource, maintenance, "mt_page_running")) {
			var analyze = table.analyzeKeptRunning();
			table.poll(v -> v.work().stream().anyMatch(w -> w.running() && table.name.equals(w.table())));
			assertThat(mvc.get().uri("/system/database").with(user(details.loadUserByUsername("quantri.vc"))))
				.hasStatusOk()
				.bodyText()
				.containsIgnoringWhitespaces(
						"<td>mt_page_running</td><td>Cập nhật thống kê (ANALYZE)</td>"
								+ "<td>Đang chạy: computing statistics</td><td class=\"num\">100,0 %</td>");
			table.release();
			analyze.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	@Test
	void givesTheMaintenanceAsJsonToAdministratorsOnly() {
		users.add("quantri.api", Role.ADMIN, null);
		assertThat(mvc.get().uri("/api/v1/system/maintenance").with(user(details.loadUserByUsername("quantri.api"))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.autovacuum", v -> v.assertThat().isEqualTo(true))
			.hasPathSatisfying("$.settled", v -> v.assertThat().isInstanceOf(Boolean.class))
			.hasPathSatisfying("$.work", v -> v.assertThat().isInstanceOf(java.util.List.class));
		users.add("dangvien.api", Role.MEMBER, "HS-API-1");
		assertThat(mvc.get().uri("/api/v1/system/maintenance").with(user(details.loadUserByUsername("dangvien.api"))))
			.hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/system/maintenance")).hasStatus(401);
	}

}
