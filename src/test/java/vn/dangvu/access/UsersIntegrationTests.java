package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class UsersIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void storesOnlyAHashOfTheGeneratedPassword() {
		String password = users.add("bitan", Role.ADMIN, null);
		var user = details.loadUserByUsername("bitan");
		assertThat(password).hasSize(16);
		assertThat(user.getPassword()).startsWith("$2").doesNotContain(password);
		assertThat(passwords.matches(password, user.getPassword())).isTrue();
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
	}

	@Test
	void refusesARoleWithoutAScopeAndAScopeThatIsNoOrganization() {
		assertThatThrownBy(() -> users.add("canbo2", Role.ORG_OFFICER, null)).isInstanceOf(UserRejectedException.class)
			.hasMessageContaining("phạm vi");
		assertThatThrownBy(() -> users.add("canbo3", Role.LEADER, "KHONGCO")).isInstanceOf(UserRejectedException.class)
			.hasMessageContaining("KHONGCO");
	}

	@Test
	void refusesADuplicateOrMalformedUsername() {
		users.add("trung", Role.ADMIN, null);
		assertThatThrownBy(() -> users.add("Trung", Role.ADMIN, null)).isInstanceOf(UserRejectedException.class);
		assertThatThrownBy(() -> users.add("Nguyễn A", Role.ADMIN, null)).isInstanceOf(UserRejectedException.class);
	}

	@Test
	void createsTheFirstAdministratorOnlyOnce() {
		// this class's database already has administrators from the other tests, or gets one now
		users.createFirstAdministrator();
		assertThat(users.createFirstAdministrator()).isEmpty();
	}

}
