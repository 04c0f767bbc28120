package vn.dangvu.common.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.DangVuApplication;

class CommandLineToolTests {

	@Test
	void findsOnlyTheCommandsMarkedToRunWithoutTheApplication() {
		assertThat(CommandLineTool.commandWithoutApplication(DangVuApplication.class, "generate"))
			.hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("vn.dangvu.importing.GenerateCommand"));
		assertThat(CommandLineTool.commandWithoutApplication(DangVuApplication.class, "import")).isEmpty();
		assertThat(CommandLineTool.commandWithoutApplication(DangVuApplication.class, "user")).isEmpty();
		assertThat(CommandLineTool.commandWithoutApplication(DangVuApplication.class, "khong-co")).isEmpty();
	}

	@Test
	void generatesFilesWithoutStartingADatabase(@TempDir Path dir) throws Exception {
		Path dataDir = dir.resolve("data");
		Path out = dir.resolve("csv");
		PrintStream stdout = System.out;
		String before = System.getProperty("dangvu.data-dir");
		// had the application started, its embedded PostgreSQL would have made this folder
		System.setProperty("dangvu.data-dir", dataDir.toString());
		try {
			assertThat(CommandLineTool.run(DangVuApplication.class, new String[] { "generate", "--scale", "city",
					"--dir", out.toString(), "--seed", "3" }))
				.isZero();
			assertThat(CommandLineTool.run(DangVuApplication.class,
					new String[] { "generate", "--scale", "town", "--dir", out.toString() }))
				.as("an unknown scale is invalid input")
				.isEqualTo(2);
		}
		finally {
			System.setOut(stdout);
			if (before == null) {
				System.clearProperty("dangvu.data-dir");
			}
			else {
				System.setProperty("dangvu.data-dir", before);
			}
		}
		assertThat(dataDir).doesNotExist();
		for (String file : new String[] { "organizations.csv", "restructurings.csv", "members.csv",
				"member_events.csv" }) {
			assertThat(Files.lines(out.resolve(file)).count()).as(file).isGreaterThan(1000);
		}
	}

}
