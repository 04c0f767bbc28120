package vn.dangvu.access;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;

/** {@code audit verify} (INTERCHANGE.md): exit 0 when the audit chain is intact, 3 at the first broken record. */
@Component
@Command(name = "audit", description = "Nhật ký kiểm toán", subcommands = AuditCommand.Verify.class)
class AuditCommand {

	@Command(name = "verify", description = "Kiểm tra tính toàn vẹn của chuỗi nhật ký kiểm toán")
	static class Verify implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		private final AuditTrail trail;

		Verify(AuditTrail trail) {
			this.trail = trail;
		}

		@Override
		public Integer call() {
			ChainVerification result = trail.verify();
			if (!result.intact()) {
				throw CommandFailedException.verificationFailed("Chuỗi nhật ký kiểm toán bị phá vỡ tại bản ghi #"
						+ result.firstBrokenId() + ": " + result.problem());
			}
			spec.commandLine()
				.getOut()
				.println("Chuỗi nhật ký kiểm toán nguyên vẹn: " + result.records() + " bản ghi"
						+ (result.lastHash() == null ? "." : "; mã băm cuối " + result.lastHash() + "."));
			return 0;
		}

	}

}
