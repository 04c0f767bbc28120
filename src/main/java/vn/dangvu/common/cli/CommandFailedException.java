package vn.dangvu.common.cli;

/**
 * A command that could not do its work: its one-line reason goes to standard error and the process exits with the
 * given code (INTERCHANGE.md: 2 for invalid input, 3 for a failed verification, 1 otherwise).
 */
public class CommandFailedException extends RuntimeException {

	private final int exitCode;

	private CommandFailedException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public static CommandFailedException invalidInput(String message) {
		return new CommandFailedException(2, message);
	}

	public static CommandFailedException verificationFailed(String message) {
		return new CommandFailedException(3, message);
	}

	public static CommandFailedException failed(String message) {
		return new CommandFailedException(1, message);
	}

	public int exitCode() {
		return exitCode;
	}

}
