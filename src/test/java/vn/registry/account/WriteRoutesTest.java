package vn.registry.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route that writes, as the application's own handler mappings list them when the test
 * runs (routes added later are covered without changing this test), refuses an anonymous user
 * and refuses a logged-in clerk who sends no CSRF token.
 */
class WriteRoutesTest extends AccountTestSupport {

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.DELETE, RequestMethod.PATCH);

	@Autowired
	private ApplicationContext context;

	@Value("${server.error.path:/error}")
	private String errorPath;

	@Test
	void everyWriteRouteRefusesAnAnonymousUser() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : writeRoutes()) {
			if (route.path().equals(errorPath)) {
				continue; // Spring Boot's error page: shows why a request failed, open to every method.
			}
			MockHttpServletResponse response = mvc.perform(route.request().with(csrf())).andReturn().getResponse();
			boolean refused = response.getStatus() == 401 || response.getStatus() == 403
					|| (response.getStatus() == 302 && response.getRedirectedUrl() != null
							&& response.getRedirectedUrl().endsWith("/login"));
			if (!refused) {
				failures.add(route + " answered " + response.getStatus() + " " + response.getRedirectedUrl());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyWriteRouteRefusesAClerkWithoutCsrfToken() throws Exception {
		assertThat(answersWithoutCsrfToken(clerk())).isEmpty();
	}

	/** An administrator may use every route, so only the missing token can refuse them here. */
	@Test
	void everyWriteRouteRefusesAnAdministratorWithoutCsrfToken() throws Exception {
		assertThat(answersWithoutCsrfToken(admin())).isEmpty();
	}

	private List<String> answersWithoutCsrfToken(RequestPostProcessor user) throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : writeRoutes()) {
			int status = mvc.perform(route.request().with(user)).andReturn().getResponse().getStatus();
			if (status != 403) {
				failures.add(route + " answered " + status);
			}
		}
		return failures;
	}

	@Test
	void findsTheWriteRoutes() {
		assertThat(writeRoutes()).hasSizeGreaterThanOrEqualTo(1)
			.contains(new Route(HttpMethod.POST, "/admin/users/new"), new Route(HttpMethod.POST, "/admin/roles/1/delete"));
	}

	/** Each write method and path of every handler; a mapping without methods takes any, so POST. */
	private Set<Route> writeRoutes() {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
					if (WRITES.contains(method)) {
						info.getPatternValues()
							.forEach(pattern -> routes.add(new Route(method.asHttpMethod(), concrete(pattern))));
					}
				}
			}
		}
		return routes;
	}

	/** A path with every variable ({id}, {id:\d+}, {*rest}) replaced by 1. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{[^/]*?}(?=/|$)", "1").replace("**", "1").replace("*", "1");
	}

	private record Route(HttpMethod method, String path) implements Comparable<Route> {

		MockHttpServletRequestBuilder request() {
			return MockMvcRequestBuilders.request(method, path);
		}

		@Override
		public int compareTo(Route other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return method.name() + " " + path;
		}

	}

}
