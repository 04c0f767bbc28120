package vn.dangvu.common.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line frame of the application jar (INTERCHANGE.md): starts the application without its web server,
 * finds the commands that modules contribute (Spring beans annotated with {@link Command}) and runs the one asked
 * for. A command marked {@link WithoutApplication} runs without the application started at all. Results go to
 * standard output; logs, progress and errors to standard error.
 */
public final class CommandLineTool {

	private CommandLineTool() {
	}

	@Command(name = "dangvu", mixinStandardHelpOptions = true, description = "Đảng Vụ — công cụ dòng lệnh")
	static final class Root {

	}

	/** Runs one command and answers its exit code. */
	public static int run(Class<?> application, String[] args) {
		PrintStream results = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		System.setOut(System.err); // logs of every library go to standard error from here on
		Optional<Class<?>> standalone = args.length == 0 ? Optional.empty()
				: commandWithoutApplication(application, args[0]);
		if (standalone.isPresent()) {
			CommandLine commandLine = new CommandLine(new Root());
			commandLine.addSubcommand(standalone.get());
			return execute(commandLine, results, args);
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties("dangvu.cli=true", "logging.level.root=WARN", "logging.level.vn.dangvu=INFO")
				.run();
		}
		catch (RuntimeException ex) {
			System.err.println("Lỗi: không khởi động được ứng dụng: " + rootMessage(ex));
			return 1;
		}
		try (context) {
			// sub-commands are created by Spring, so that they get the module's services injected
			CommandLine.IFactory factory = new CommandLine.IFactory() {
				@Override
				public <K> K create(Class<K> type) throws Exception {
					if (type.isAnnotationPresent(Command.class)) {
						return context.getAutowireCapableBeanFactory().createBean(type);
					}
					return CommandLine.defaultFactory().create(type);
				}
			};
			CommandLine commandLine = new CommandLine(new Root(), factory);
			context.getBeansWithAnnotation(Command.class)
				.values()
				.stream()
				.sorted(java.util.Comparator.comparing(bean -> bean.getClass().getSimpleName()))
				.forEach(bean -> commandLine.addSubcommand(bean));
			return execute(commandLine, results, args);
		}
	}

	/**
	 * The class of the command named, when it is marked {@link WithoutApplication}: found among the classes named
	 * {@code …Command} of the application's packages by their annotations, read from the class files without loading
	 * any class (~0.3 s in a new JVM, much of it Spring's scanning machinery that the application loads anyway; the
	 * time of a command that starts the application did not change measurably).
	 */
	static Optional<Class<?>> commandWithoutApplication(Class<?> application, String name) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.setResourcePattern("**/*Command.class");
		scanner.addIncludeFilter(new AnnotationTypeFilter(WithoutApplication.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents(application.getPackageName())) {
			if (candidate instanceof AnnotatedBeanDefinition annotated && name.equals(
					annotated.getMetadata().getAnnotations().get(Command.class).getValue("name", String.class).orElse(null))) {
				return Optional.of(ClassUtils.resolveClassName(candidate.getBeanClassName(), application.getClassLoader()));
			}
		}
		return Optional.empty();
	}

	private static int execute(CommandLine commandLine, PrintStream results, String[] args) {
		commandLine.setOut(new PrintWriter(results, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			if (ex instanceof CommandFailedException failed) {
				cmd.getErr().println(failed.getMessage());
				return failed.exitCode();
			}
			cmd.getErr().println("Lỗi: " + rootMessage(ex));
			return 1;
		});
		return commandLine.execute(args);
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}

}
