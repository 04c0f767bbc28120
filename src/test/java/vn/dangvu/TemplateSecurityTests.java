package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The templates hold nothing the Content-Security-Policy would block: no inline script, no event-handler attribute,
 * no inline style. Behaviour lives in static/js, looks in static/css.
 */
class TemplateSecurityTests {

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");

	static final Pattern EVENT_HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern INLINE_STYLE = Pattern.compile("\\s(?:th:)?style\\s*=|<style", Pattern.CASE_INSENSITIVE);

	static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

	@Test
	void templatesHaveNoInlineScriptsHandlersOrStyles() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MessagesTests.TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
				for (Pattern forbidden : List.of(INLINE_SCRIPT, EVENT_HANDLER, INLINE_STYLE, JAVASCRIPT_URL)) {
					Matcher m = forbidden.matcher(html);
					while (m.find()) {
						found.add(MessagesTests.TEMPLATES.relativize(file) + ": " + m.group().strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
