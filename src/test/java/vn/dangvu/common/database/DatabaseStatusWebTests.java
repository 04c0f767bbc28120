package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

/** {@code /system/database} without a replica: the primary, and "no replica". */
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

	@Test
	void showsThePrimaryWithoutPasswordAndThatThereIsNoReplica() {
		users.add("quantri", Role.ADMIN, null);
		assertThat(mvc.get().uri("/system/database").with(user(details.loadUserByUsername("quantri")))).hasStatusOk()
			.bodyText()
			.contains("Cơ sở dữ liệu và bản sao đọc", "jdbc:postgresql://", "Vị trí WAL hiện tại",
					"Không có bản sao: mọi truy vấn đều chạy trên máy chủ chính")
			.doesNotContainIgnoringCase("password=");
	}

}
