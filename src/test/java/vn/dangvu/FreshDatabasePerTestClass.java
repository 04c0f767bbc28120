package vn.dangvu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring Boot test class a fresh database of its own on the run's server ({@link TestDatabases}).
 */
public class FreshDatabasePerTestClass implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class)) {
			return null;
		}
		boolean replica = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(WithReplica.class);
		return new Customizer(testClass.getName(), replica);
	}

	private record Customizer(String testClass, boolean replica) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabases.Database database = TestDatabases.fresh(testClass.substring(testClass.lastIndexOf('.') + 1));
			Map<String, Object> properties = new HashMap<>(Map.of("dangvu.db.url", database.url(), "dangvu.db.user",
					database.user(), "dangvu.db.password", database.password(),
					// Spring keeps up to 32 test contexts open: 3 connections each stay under the server's 100
					"dangvu.db.pool-size", "3"));
			if (replica && TestDatabases.replicaConfigured()) {
				TestDatabases.Database standby = TestDatabases.replicaOf(database);
				properties.put("dangvu.db.replica.url", standby.url());
				properties.put("dangvu.db.replica.user", standby.user());
				properties.put("dangvu.db.replica.password", standby.password());
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("fresh-test-database", properties));
		}

	}

}
