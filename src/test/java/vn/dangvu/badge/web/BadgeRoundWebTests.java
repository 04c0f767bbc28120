package vn.dangvu.badge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.badge.BadgeRounds;
import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/** The badge round pages through MockMvc: opening with the R-BADGE-3 warning, refusals, the htmx fragment, 404. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.tochuc", roles = "ADMIN")
class BadgeRoundWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	@Autowired
	BadgeRounds rounds;

	void tree(String code) {
		LocalDate start = LocalDate.of(1980, 1, 1);
		restructurings.apply(new EstablishOrganization(code, "Đảng bộ tỉnh " + code, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, new Decision("1", start, null)), "t");
	}

	@Test
	void aRoundOnAnotherDayWarnsWithTheRule() {
		tree("WX");
		assertThat(mvc.post().uri("/badges/rounds").with(csrf()).param("org", "WX").param("awardDate", "2025-09-03"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/badges/rounds/");
		long id = rounds.latest(1, "WX").get(0).id();
		assertThat(mvc.get().uri("/badges/rounds/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Xét tặng Huy hiệu Đảng đợt 03/09/2025")
			.contains("(R-BADGE-3)")
			.contains("Không có đảng viên nào đủ điều kiện");
		assertThat(mvc.get().uri("/badges/rounds/{id}/upcoming", id).header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Đợt 07/11/2025: 0 đảng viên")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/badges/rounds/{id}/print", id)).hasStatusOk()
			.bodyText()
			.contains("Dự thảo: danh sách chưa được duyệt.");
		assertThat(mvc.post().uri("/badges/rounds/{id}/approve", id).with(csrf()).param("org", "WX").param("decisionNo", "1")
			.param("decisionDate", "2025-09-01").param("numberPrefix", "WX").param("firstSerial", "1"))
			.hasStatus(HttpStatus.FOUND)
			.flash().containsEntry("approveErrors", java.util.List.of("Danh sách không có ai."));
	}

	@Test
	void anUnknownOrganizationIsRefusedAndAnUnknownRoundNotFound() {
		assertThat(mvc.post().uri("/badges/rounds").with(csrf()).param("org", "KHONG").param("awardDate", "2025-09-02"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/badges/rounds?org=KHONG");
		assertThat(mvc.get().uri("/badges/rounds/999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/badges/rounds")).hasStatusOk().bodyText().contains("Các đợt xét tặng");
	}

	/**
	 * A round's addresses name the organization whose subtree they work in (the access guard checks the caller's scope
	 * on it): a round outside that subtree is not found, and a change without it is a bad request.
	 */
	@Test
	void aRoundIsFoundOnlyWithinTheSubtreeItsAddressNames() {
		tree("YA");
		tree("YB");
		assertThat(mvc.post().uri("/badges/rounds").with(csrf()).param("org", "YA").param("awardDate", "2025-09-02"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("?org=YA");
		long id = rounds.latest(1, "YA").get(0).id();
		assertThat(rounds.latest(10, "YB")).isEmpty();
		assertThat(mvc.get().uri("/badges/rounds/{id}?org=YA", id)).hasStatusOk();
		assertThat(mvc.get().uri("/badges/rounds/{id}?org=YB", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/badges/rounds/{id}/print?org=YB", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/badges/rounds/{id}/certificates.pdf?org=YB", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/badges/rounds/{id}/approve", id).with(csrf()).param("org", "YB"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/badges/rounds/{id}/approve", id).with(csrf())).hasStatus(HttpStatus.BAD_REQUEST);
		// not approved yet: no certificates, back to the round
		assertThat(mvc.get().uri("/badges/rounds/{id}/certificates.pdf?org=YA", id)).hasStatus(HttpStatus.SEE_OTHER)
			.redirectedUrl().isEqualTo("/badges/rounds/" + id + "?org=YA");
		assertThat(mvc.get().uri("/badges/rounds?org=YB")).hasStatusOk().bodyText().doesNotContain("Đảng bộ tỉnh YA");
	}

}
