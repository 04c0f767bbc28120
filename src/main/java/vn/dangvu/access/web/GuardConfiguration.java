package vn.dangvu.access.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the {@link ScopeGuard} before every other interceptor of every handler. */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration implements WebMvcConfigurer {

	private final ScopeGuard guard;

	GuardConfiguration(ScopeGuard guard) {
		this.guard = guard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(guard).order(Ordered.HIGHEST_PRECEDENCE);
	}

}
