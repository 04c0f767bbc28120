package vn.dangvu;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurerAdapter;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Makes {@code @WithMockUser} reach MockMvc requests. Spring Boot 4 puts the security filters in MockMvc, but the
 * step that hands the test's security context to each request lives in {@code spring-boot-security-test}, which this
 * build does not use; this does the same. Import it in a {@code @SpringBootTest} with {@code @AutoConfigureMockMvc}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSecurityContext {

	@Bean
	MockMvcBuilderCustomizer testSecurityContext() {
		return builder -> builder.apply(new MockMvcConfigurerAdapter() {
			@Override
			public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> b,
					WebApplicationContext context) {
				return SecurityMockMvcRequestPostProcessors.testSecurityContext();
			}
		});
	}

}
