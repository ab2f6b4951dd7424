package vn.registry.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
			"/seats/*/edit", "/committees/*/edit", "/committees/*/meetings/new", "/tasks/*/progress/new",
			"/meetings/*/edit" };


	@Bean
	SecurityFilterChain registrySecurity(HttpSecurity http, LoginSuccessHandler success, LoginFailureHandler failure,
			SessionRegistry sessions) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			// The error page, whatever the method of the request that failed, so that a refused POST
			// keeps its 403. (Not dispatcherTypeMatchers(ERROR): in Spring Security 7.1 that breaks
			// WebInvocationPrivilegeEvaluator, spring-security#19131.)
			.requestMatchers("/error").permitAll()
			.requestMatchers(HttpMethod.GET, FORM_PAGES).hasAnyRole(WRITERS)
			.requestMatchers("/admin/**").hasRole(AccountRole.ADMIN.name())
			// Reading is public: every other GET, so an unknown address is a plain 404 for everyone.
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			.anyRequest().hasAnyRole(WRITERS));
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
