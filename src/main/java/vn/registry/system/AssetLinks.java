package vn.registry.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to static files ({@code /css/registry.css}) get their content-hash version, as with Spring's
 * {@link ResourceUrlEncodingFilter}; every other link is left alone. The stock filter looks each
 * link of a page up as a static file ({@code /committees/12}, {@code /decisions/34}...) in every
 * static location on the classpath, and does not remember a miss: on a committee's page, with some
 * eighty links, that cost more than everything else in rendering it. Replaces the filter Spring
 * Boot registers when the resource chain is on.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new FileLinksOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** A link to a file: its last path segment has an extension ("registry.css", "bootstrap.min.css"). */
	static boolean toFile(String url) {
		int end = url.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = url.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		int lastSlash = url.lastIndexOf('/', end - 1);
		return url.indexOf('.', lastSlash + 1) >= 0 && url.indexOf('.', lastSlash + 1) < end;
	}

	static final class FileLinksOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(response instanceof HttpServletResponse original)) {
				super.doFilter(request, response, chain);
				return;
			}
			super.doFilter(request, response, (versioning, versioningResponse) -> chain.doFilter(versioning,
					new HttpServletResponseWrapper((HttpServletResponse) versioningResponse) {
						@Override
						public String encodeURL(String url) {
							return toFile(url) ? super.encodeURL(url) : original.encodeURL(url);
						}
					}));
		}

	}

}
