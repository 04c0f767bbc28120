package vn.dangvu.importing;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.common.cli.WithoutApplication;

/**
 * {@code generate --scale city|province|national --dir DIR [--seed N]} (INTERCHANGE.md): only writes files, so it runs
 * without the application (no database started).
 */
@Component
@WithoutApplication
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Tạo dữ liệu giả lập (4 tệp CSV) của một đảng bộ vào thư mục DIR; cùng hạt giống cho cùng tệp.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--scale", required = true, paramLabel = "city|province|national",
			description = "city: một thành phố (~50.000 đảng viên); province: ~150.000; national: ~5,5 triệu.")
	String scale;

	@Option(names = "--dir", required = true, paramLabel = "DIR", description = "Thư mục ghi các tệp CSV.")
	Path dir;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Hạt giống ngẫu nhiên (mặc định 1).")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		SyntheticScale chosen;
		try {
			chosen = SyntheticScale.named(scale);
		}
		catch (IllegalArgumentException ex) {
			throw CommandFailedException.invalidInput(ex.getMessage());
		}
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw CommandFailedException.invalidInput(dir + " không phải là thư mục.");
		}
		PrintWriter err = spec.commandLine().getErr();
		long started = System.nanoTime();
		SyntheticParty.Summary summary = SyntheticParty.write(chosen, seed, dir, err::println);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		spec.commandLine().getOut().println("Đã tạo " + summary.organizations() + " tổ chức, "
				+ summary.restructurings() + " thay đổi tổ chức, " + summary.members() + " đảng viên, "
				+ summary.events() + " sự kiện trong " + dir + " (quy mô " + scale + ", hạt giống " + seed + ", "
				+ seconds + " giây).");
		return 0;
	}

}
