package vn.registry.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3 description at /v3/api-docs and its UI at /swagger-ui/index.html, both served
 * by the application (springdoc's UI comes in a WebJar, no CDN). Only /api/** is described: the
 * pages are for people.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI registryOpenApi() {
		return new OpenAPI().info(new Info().title("Steering Committee Registry API")
			.version("1")
			.description("Vietnam's digital-transformation steering committees, their decisions, seats and "
					+ "administrative units, read-only and public. Dates are ISO 8601 (Vietnam time); lists "
					+ "are paged from 1. /api/popolo.json is the whole registry in the Popolo standard.")
			.license(new License().name("Public data")));
	}

	@Bean
	GroupedOpenApi registryApi() {
		return GroupedOpenApi.builder().group("registry").pathsToMatch("/api/**").build();
	}

}
