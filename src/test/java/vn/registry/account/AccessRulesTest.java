package vn.registry.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open which page: reading is public, forms need a clerk, administration an administrator. */
class AccessRulesTest extends AccountTestSupport {

	@Autowired
	private WebInvocationPrivilegeEvaluator privileges;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/committees", "/decisions", "/api/committees", "/actuator/health", "/login",
			"/css/registry.css", "/js/registry.js", "/webjars/bootstrap/css/bootstrap.min.css" })
	void anyoneReadsThePublicPages(String path) throws Exception {
		mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/roles", "/decisions/new",
			"/committees/1/decisions/new", "/decisions/1/edit", "/seats/1/edit", "/committees/1/successor" })
	void anonymousUserIsSentToTheLoginPage(String path) throws Exception {
		mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/roles", "/admin/roles/new" })
	void clerkIsRefusedTheAdministration(String path) throws Exception {
		mvc.perform(MockMvcRequestBuilders.get(path).with(clerk())).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users/new", "/admin/roles/new", "/admin/roles/1/delete" })
	void clerkCannotPostToTheAdministrationEvenWithAToken(String path) throws Exception {
		mvc.perform(post(path).with(clerk()).with(csrf())).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/decisions/new", "/committees/1/decisions/new", "/decisions/1/edit", "/seats/1/edit",
			"/committees/1/successor" })
	void formPagesAreForClerksAndAdministrators(String path) {
		// Asked of the security rules themselves: whether the page exists is its owner's business.
		assertThat(allowed(path, as(AccountRole.CLERK))).as("a clerk").isTrue();
		assertThat(allowed(path, as(AccountRole.ADMIN))).as("an administrator").isTrue();
		assertThat(allowed(path, anonymous())).as("an anonymous user").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/committees/1", "/decisions/1", "/sources/1", "/api/committees/1" })
	void readingPagesAreForEveryone(String path) {
		assertThat(allowed(path, anonymous())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/committees/3", "/decisions", "/decisions/1" })
	void writeActionsAreOfferedToClerksOnly(String path) throws Exception {
		String writeLink = "href=\"/(seats/\\d+/edit|committees/\\d+/decisions/new|committees/\\d+/successor|decisions/new|decisions/\\d+/edit)\"";
		String anonymousPage = mvc.perform(MockMvcRequestBuilders.get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String clerksPage = mvc.perform(MockMvcRequestBuilders.get(path).with(clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(anonymousPage).doesNotContainPattern(writeLink);
		assertThat(clerksPage).containsPattern(writeLink);
	}

	@Test
	void theClerkCanCorrectEverySeatOfTheRoster() throws Exception {
		String page = mvc.perform(MockMvcRequestBuilders.get("/committees/3").with(clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("class=\"seat-edit\"", -1).length - 1).isEqualTo(page.split("data-role=", -1).length - 1)
			.isPositive();
	}

	private boolean allowed(String path, Authentication authentication) {
		return privileges.isAllowed("", path, "GET", authentication);
	}

	private static Authentication as(AccountRole role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

	private static Authentication anonymous() {
		return new AnonymousAuthenticationToken("key", "anonymousUser",
				List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/roles" })
	void administratorOpensTheAdministration(String path) throws Exception {
		mvc.perform(MockMvcRequestBuilders.get(path).with(admin())).andExpect(status().isOk());
	}

}
