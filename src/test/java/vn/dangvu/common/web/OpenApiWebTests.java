package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiWebTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void describesEveryInterchangeCallOfTheApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/organizations/{code}", "/api/v1/organizations/{code}/children", "/api/v1/members",
					"/api/v1/members/{memberNo}", "/api/v1/reports/summary", "/api/v1/badges/eligible", "bearer")
			.doesNotContain("\"/members/{memberNo}\"");
	}

	@Test
	void servesTheSwaggerUi() {
		assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
	}

}
