package vn.dangvu.common.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Texts come from {@code messages_vi.properties} (the default) and {@code messages_en.properties}; {@code ?lang=en}
 * switches a session to English. Static files are served from their own folders only
 * ({@code spring.web.resources.add-mappings=false}): with Boot's default {@code /**} mapping every link a page
 * builds ({@code @{/members/…}}) was looked up on the class path as a possible static file — 0.5 s for a member's
 * page, most of it in jar lookups.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	MessageSource messageSource() {
		return new VietnameseMessages();
	}

	/** Added to Thymeleaf's engine by Boot, as every {@code IDialect} bean. */
	@Bean
	TemplatePropertyReads templatePropertyReads() {
		return new TemplatePropertyReads();
	}

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		return resolver;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		Duration week = Duration.ofDays(7);
		// resourceChain(true): the links a page renders to these files are resolved once and remembered (without
		// it, every page looked each of them up in the jar: 3 % of a member page's time)
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		// webjars are addressed with their version, so they never change under their URL
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCachePeriod((int) week.toSeconds())
			.resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}
