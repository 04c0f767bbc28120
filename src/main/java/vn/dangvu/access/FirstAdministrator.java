package vn.dangvu.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server with no administrator, creates {@code admin} with a random password and prints it
 * once on the console: there is no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private final Users users;

	private final boolean commandLine;

	private final String port;

	FirstAdministrator(Users users, @Value("${dangvu.cli:false}") boolean commandLine,
			@Value("${server.port:8080}") String port) {
		this.users = users;
		this.commandLine = commandLine;
		this.port = port;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (commandLine) {
			return;
		}
		users.createFirstAdministrator().ifPresent(password -> System.out.printf("""

				=====================================================================
				 Đảng Vụ: tài khoản quản trị đầu tiên / first administrator account
				   Địa chỉ:        http://localhost:%s/login
				   Tên đăng nhập:  admin
				   Mật khẩu:       %s
				 Mật khẩu chỉ hiện một lần này. Hãy lưu lại ở nơi an toàn.
				=====================================================================

				""", port, password));
	}

}
