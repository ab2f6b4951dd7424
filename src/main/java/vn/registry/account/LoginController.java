package vn.registry.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form. Spring Security handles its POST; a failure comes back here with
 * {@code ?error} or {@code ?locked} (and the lock's end as a flash attribute).
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
