package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The templates' property reads on an engine set up as Spring's view sets it up for a page (a
 * {@link ThymeleafEvaluationContext} among the variables), with the dialect and without it: the same output, the
 * same members refused, and Thymeleaf's accessor replaced (so that a Thymeleaf that renamed it shows here).
 */
class TemplatePropertyReadsTests {

	record Row(String name, int count) {
	}

	/** A class of ours with a property named as a forbidden member of {@link Thread}. */
	record Holder(String contextClassLoader) {
	}

	private final SpringTemplateEngine plain = engine(false);

	private final SpringTemplateEngine withReads = engine(true);

	private StaticApplicationContext application;

	@BeforeEach
	void application() {
		application = new StaticApplicationContext();
		application.refresh();
	}

	private static SpringTemplateEngine engine(boolean reads) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		if (reads) {
			engine.addDialect(new TemplatePropertyReads());
		}
		return engine;
	}

	private String render(SpringTemplateEngine engine, ThymeleafEvaluationContext evaluation, String template,
			Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		return engine.process(template, new Context(Locale.ROOT, all));
	}

	private String render(SpringTemplateEngine engine, String template, Map<String, Object> variables) {
		return render(engine, new ThymeleafEvaluationContext(application, null), template, variables);
	}

	@Test
	void readsRecordsBeansMapsAndCollectionsAsThymeleafDoes() {
		String template = "<p th:each=\"r : ${rows}\" th:text=\"${r.name} + ':' + ${r.count}\"></p>"
				+ "<i th:each=\"o : ${mixed}\" th:text=\"${o.empty}\"></i>"
				+ "<b th:text=\"${#lists.isEmpty(rows)} + ' ' + ${locale.language}\"></b>";
		Map<String, Object> variables = Map.of("rows", List.of(new Row("Bình", 2), new Row("Đức", 3)),
				// one expression read from a list (its isEmpty()) and then from a map (its key "empty"), and back
				"mixed", List.of(List.of(), Map.of("empty", "from the map"), List.of(1)), "locale",
				Locale.forLanguageTag("vi"));

		String expected = "<p>Bình:2</p><p>Đức:3</p><i>true</i><i>from the map</i><i>false</i><b>false vi</b>";
		assertThat(render(plain, template, variables)).isEqualTo(expected);
		assertThat(render(withReads, template, variables)).isEqualTo(expected);
	}

	@Test
	void replacesThymeleafsGuardedAccessorInTheRendersContext() {
		ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(application, null);
		assertThat(evaluation.getPropertyAccessors())
			.anyMatch(a -> a.getClass().getName().equals(TemplatePropertyReads.THYMELEAF_ACCESSOR));

		render(withReads, evaluation, "<p th:text=\"${row.name}\"></p>", Map.of("row", new Row("An", 1)));

		assertThat(evaluation.getPropertyAccessors()).contains(TemplatePropertyReads.GuardedRead.INSTANCE)
			.noneMatch(a -> a.getClass().getName().equals(TemplatePropertyReads.THYMELEAF_ACCESSOR))
			.hasSize(new ThymeleafEvaluationContext(application, null).getPropertyAccessors().size());
		// still a list an accessor can be added to, as Thymeleaf's was
		int before = evaluation.getPropertyAccessors().size();
		evaluation.addPropertyAccessor(new ReflectivePropertyAccessor());
		assertThat(evaluation.getPropertyAccessors()).hasSize(before + 1);
	}

	@Test
	void refusesTheMembersThymeleafRefuses() {
		String template = "<p th:text=\"${thread.contextClassLoader}\"></p>";
		Map<String, Object> variables = Map.of("thread", Thread.currentThread());

		for (SpringTemplateEngine engine : List.of(plain, withReads)) {
			assertThatThrownBy(() -> render(engine, template, variables))
				.isInstanceOf(TemplateProcessingException.class)
				.rootCause()
				.hasMessageContaining("Accessing member 'contextClassLoader' is forbidden");
		}
	}

	@Test
	void refusesAForbiddenMemberOnAnExpressionThatReadTheSameNameBefore() {
		// the first row makes SpEL keep the accessor for the expression; the second is read through it
		String template = "<p th:each=\"o : ${objects}\" th:text=\"${o.contextClassLoader}\"></p>";
		Map<String, Object> variables = Map.of("objects", List.of(new Holder("ours"), Thread.currentThread()));

		for (SpringTemplateEngine engine : List.of(plain, withReads)) {
			assertThatThrownBy(() -> render(engine, template, variables))
				.isInstanceOf(TemplateProcessingException.class)
				.rootCause()
				.hasMessageContaining("Accessing member 'contextClassLoader' is forbidden");
		}
		assertThat(render(withReads, template, Map.of("objects", List.of(new Holder("ours")))))
			.isEqualTo("<p>ours</p>");
	}

}
