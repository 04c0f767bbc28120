package vn.dangvu.access;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;

/** {@code user add} and {@code user token} (INTERCHANGE.md). */
@Component
@Command(name = "user", description = "Quản lý người dùng", subcommands = { UserCommand.Add.class, UserCommand.Token.class })
class UserCommand {

	/** Prints the secret the action answers on stdout; a rejected request exits 2 with its reason. */
	static int printResult(CommandSpec spec, java.util.function.Supplier<String> action) {
		try {
			spec.commandLine().getOut().println(action.get());
			return 0;
		}
		catch (UserRejectedException ex) {
			throw CommandFailedException.invalidInput(ex.getMessage());
		}
	}

	@Command(name = "add", description = "Thêm người dùng; in mật khẩu dùng một lần")
	static class Add implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--username", required = true)
		String username;

		@Option(names = "--role", required = true, description = "ADMIN, ORG_OFFICER, SECRETARY, LEADER, MEMBER")
		Role role;

		@Option(names = "--org", description = "mã tổ chức phạm vi (với MEMBER: số hồ sơ đảng viên)")
		String org;

		private final Users users;

		Add(Users users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			return printResult(spec, () -> users.add(username, role, org));
		}

	}

	@Command(name = "token", description = "Cấp mã API mới cho người dùng")
	static class Token implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--username", required = true)
		String username;

		private final Users users;

		Token(Users users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			return printResult(spec, () -> users.newToken(username));
		}

	}

}
