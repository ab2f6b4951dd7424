package vn.registry.account;

/** What an account may do: a clerk writes to the registry, an administrator also manages it. */
public enum AccountRole {

	ADMIN, CLERK;

	/** The authority Spring Security checks with {@code hasRole(name())}. */
	String authority() {
		return "ROLE_" + name();
	}

}
