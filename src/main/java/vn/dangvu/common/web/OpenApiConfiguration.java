package vn.dangvu.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The description of the HTTP API (INTERCHANGE.md): JSON under /api/v1, bearer tokens from {@code user token}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI dangVuApi() {
		return new OpenAPI()
			.info(new Info().title("Đảng Vụ API")
				.version("v1")
				.description("Tổ chức, đảng viên, báo cáo tổng hợp và Huy hiệu Đảng. Xác thực bằng "
						+ "Authorization: Bearer <mã từ lệnh user token>."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
