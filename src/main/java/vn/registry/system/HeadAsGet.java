package vn.registry.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HEAD is answered exactly as GET, without the body (RFC 9110): the request goes through every
 * filter, security rule, the page cache and the controller as a GET, so status, ETag,
 * Cache-Control, a redirect to the login page and a 304 on a matching If-None-Match are the same.
 * The container sends no body for a HEAD whatever is written. Each piece used to treat HEAD on its
 * own (the page cache ignored it, security let it through to clerks' form pages). Also gives the
 * static files an ETag, so that they answer If-None-Match with 304.
 */
@Configuration(proxyBeanMethods = false)
class HeadAsGet {

	@Bean
	FilterRegistrationBean<HeadFilter> headAsGetFilter() {
		FilterRegistrationBean<HeadFilter> registration = new FilterRegistrationBean<>(new HeadFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * A weak ETag on the static files (the MD5 of their bytes): weak, because Tomcat does not
	 * compress a response with a strong one, and a weak one is all a conditional GET compares.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> staticFilesEtag() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/css/*", "/js/*", "/webjars/*", "/favicon.ico");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	static final class HeadFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"HEAD".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}
			}, response);
		}

	}

}
