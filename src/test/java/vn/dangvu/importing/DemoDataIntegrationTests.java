package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.organization.Organizations;

/** The first-start demo: off whenever a database is named (as here), and when run it loads a generated tree. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoDataIntegrationTests {

	@Autowired
	DemoData demo;

	@Autowired
	Organizations organizations;

	@Test
	void isOffForANamedDatabaseAndLoadsAGeneratedCityWhenRun() {
		assertThat(demo.progress()).isEmpty(); // the test names its database: nothing was started
		assertThat(organizations.roots(LocalDate.now())).isEmpty();

		demo.load(SyntheticScale.city().scaled(0.02));

		assertThat(demo.progress()).isEmpty();
		assertThat(organizations.roots(LocalDate.of(2025, 12, 31))).extracting(o -> o.code()).containsExactly("CT");
	}

}
