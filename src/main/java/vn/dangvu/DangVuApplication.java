package vn.dangvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.dangvu.common.cli.CommandLineTool;

/**
 * Đảng Vụ: with no arguments the web server, with a command the command-line tool of INTERCHANGE.md.
 */
@SpringBootApplication
public class DangVuApplication {

	public static void main(String[] args) {
		if (args.length == 0) {
			SpringApplication.run(DangVuApplication.class, args);
		}
		else {
			System.exit(CommandLineTool.run(DangVuApplication.class, args));
		}
	}

}
