package vn.registry.account;

import vn.registry.system.ClientAddress;
import vn.registry.system.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Reading the registry is public; writing needs a clerk or an administrator; managing accounts
 * and roles needs an administrator. CSRF protection stays on for every write.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] WRITERS = { AccountRole.CLERK.name(), AccountRole.ADMIN.name() };

	/** Pages that show a form to write with: GETs, but only for those who may write. */
	static final String[] FORM_PAGES = { "/decisions/new", "/committees/*/decisions/new", "/decisions/*/edit",
			"/seats/*/edit", "/committees/*/successor", "/decisions/*/annul", "/committees/*/meetings/new",
			"/tasks/*/progress/new", "/meetings/*/edit", "/decisions/*/tasks/new", "/tasks/*/edit" };


	@Bean
	SecurityFilterChain registrySecurity(HttpSecurity http, LoginSuccessHandler success, LoginFailureHandler failure,
			SessionRegistry sessions, LoginThrottle throttle, ClientAddress clientAddress) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			// The error page, whatever the method of the request that failed, so that a refused POST
			// keeps its 403. (Not dispatcherTypeMatchers(ERROR): in Spring Security 7.1 that breaks
			// WebInvocationPrivilegeEvaluator, spring-security#19131.)
			.requestMatchers("/error").permitAll()
			// A HEAD arrives here as a GET (vn.registry.system.HeadAsGet): the same rules, the same answer.
			.requestMatchers(HttpMethod.GET, FORM_PAGES).hasAnyRole(WRITERS)
			.requestMatchers("/admin/**").hasRole(AccountRole.ADMIN.name())
			.requestMatchers(PasswordChangeFilter.PATH).authenticated()
			// Reading is public: every other GET, so an unknown address is a plain 404 for everyone.
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.anyRequest().hasAnyRole(WRITERS));
		http.addFilterBefore(new LoginThrottleFilter(throttle, clientAddress, failure),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
		http.formLogin(login -> login.loginPage("/login").successHandler(success).failureHandler(failure).permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/?logout").permitAll());
		// changeSessionId at login (the default, spelled out); a disabled account's sessions end at once.
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessions)
			.expiredUrl("/login?expired"));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the server ends a session. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
