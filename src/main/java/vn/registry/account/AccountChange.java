package vn.registry.account;

/** How an administrator's change to an account went. */
enum AccountChange {

	DONE,
	/** The account changed since the form was shown (its version differs). */
	STALE,
	/** An administrator may not disable their own account. */
	OWN_ACCOUNT

}
