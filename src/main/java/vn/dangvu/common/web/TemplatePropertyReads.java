package vn.dangvu.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.ExpressionUtils;

/**
 * The templates' reads of their objects' properties ({@code ${t.effectiveOn}}), with Thymeleaf's own guard and
 * remembered. Thymeleaf reads them through an accessor that first asks whether the member may be read (no getter of a
 * JDK or framework class outside its allow-list: {@link ExpressionUtils#isMemberForbidden}), a test of package
 * prefixes and interfaces made anew at every read; and since SpEL cannot keep that accessor's per-property reader
 * (it is not in the render's list of accessors), every read also looked the accessors up again. Together about 10 %
 * of a member page's JVM time under load (06/12). This dialect puts in each render's evaluation context, in that
 * accessor's place, one that makes the same decision once per class and member ({@link GuardedRead}) and that SpEL
 * keeps for each expression.
 */
final class TemplatePropertyReads extends AbstractDialect implements IPreProcessorDialect {

	/** Thymeleaf's accessor that this one replaces (its class is not public). */
	static final String THYMELEAF_ACCESSOR = ThymeleafEvaluationContext.class.getName()
			+ "$ThymeleafEvaluationContextACLPropertyAccessor";

	TemplatePropertyReads() {
		super("dangvu-property-reads");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 0;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		return Set.of(new PreProcessor(TemplateMode.HTML, Replacing.class, 0));
	}

	/**
	 * Replaces the accessor in the render's evaluation context when the render begins, and passes every event on
	 * unchanged. Public, with a public constructor: Thymeleaf makes one for each render.
	 */
	public static final class Replacing extends AbstractTemplateHandler {

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			Object evaluation = context
				.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
			if (evaluation instanceof StandardEvaluationContext standard) {
				standard.setPropertyAccessors(replaced(standard.getPropertyAccessors()));
			}
		}

	}

	/**
	 * The accessors with Thymeleaf's guarded one replaced by {@link GuardedRead#INSTANCE}, in the same place; a list
	 * that can still be added to, as the context's own was.
	 */
	static List<PropertyAccessor> replaced(List<PropertyAccessor> accessors) {
		return accessors.stream()
			.map(a -> a.getClass().getName().equals(THYMELEAF_ACCESSOR) ? GuardedRead.INSTANCE : a)
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/**
	 * Reads a property by its getter, record accessor or public field, as Thymeleaf's guarded accessor does, and
	 * refuses the same members with the same error; whether a class's member is forbidden is decided once. SpEL keeps
	 * this accessor for the expression that used it (it is in every render's list), so a later read goes straight to
	 * {@link #read}: which checks the guard too, and leaves maps and contexts to the accessors before it in the list,
	 * as {@link #canRead} would have been asked after them.
	 */
	static final class GuardedRead implements PropertyAccessor {

		static final GuardedRead INSTANCE = new GuardedRead();

		private static final ReflectivePropertyAccessor READER = new ReflectivePropertyAccessor(false);

		/** For each class, whether each getter name is forbidden. */
		private static final ClassValue<Map<String, Boolean>> FORBIDDEN = new ClassValue<>() {
			@Override
			protected Map<String, Boolean> computeValue(Class<?> type) {
				return new ConcurrentHashMap<>();
			}
		};

		private GuardedRead() {
		}

		@Override
		public Class<?>[] getSpecificTargetClasses() {
			return null;
		}

		@Override
		public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
			if (!READER.canRead(context, target, name)) {
				return false;
			}
			refuseForbidden(target, name);
			return true;
		}

		@Override
		public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
			if (target instanceof Map<?, ?> || target instanceof IContext) {
				throw new AccessException("read by the accessor before this one: " + target.getClass().getName());
			}
			refuseForbidden(target, name);
			return READER.read(context, target, name);
		}

		@Override
		public boolean canWrite(EvaluationContext context, Object target, String name) {
			return false;
		}

		@Override
		public void write(EvaluationContext context, Object target, String name, Object newValue)
				throws AccessException {
			throw new AccessException("templates do not write properties");
		}

		/** Thymeleaf's rule and message: the getter the property stands for may not be forbidden. */
		private static void refuseForbidden(Object target, String name) {
			if (target == null) {
				return;
			}
			String getter = ("empty".equals(name) || "blank".equals(name) ? "is" : "get")
					+ Character.toUpperCase(name.charAt(0)) + name.substring(1);
			boolean forbidden = target instanceof Class<?> ? ExpressionUtils.isMemberForbidden(target, getter)
					: FORBIDDEN.get(target.getClass())
						.computeIfAbsent(getter, g -> ExpressionUtils.isMemberForbidden(target, g));
			if (forbidden) {
				throw new EvaluationException(
						String.format("Accessing member '%s' is forbidden for type '%s' in this expression context.",
								name, target.getClass()));
			}
		}

	}

}
