package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All text a user reads comes from the message files, and the Vietnamese and English files have the same keys.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** An element whose own text has letters but no th:text or th:utext to replace it. */
	static final Pattern HARD_CODED = Pattern.compile("<(\\w+)([^<>]*)>([^<>]*\\p{L}[^<>]*)<");

	@Test
	void vietnameseAndEnglishMessageFilesHaveTheSameKeys() throws IOException {
		Properties vi = load("messages_vi.properties");
		Properties en = load("messages_en.properties");
		assertThat(vi.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file)
					.replaceAll("(?s)<script.*?</script>", "")
					.replaceAll("(?s)<style.*?</style>", "")
					.replaceAll("(?s)<!--.*?-->", "");
				Matcher m = HARD_CODED.matcher(html);
				while (m.find()) {
					String attributes = m.group(2);
					if (!attributes.contains("th:text") && !attributes.contains("th:utext")) {
						found.add(TEMPLATES.relativize(file) + ": " + m.group(3).strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties vi = load("messages_vi.properties");
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!vi.containsKey(m.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
