package vn.registry.people;

import java.util.regex.Pattern;

/**
 * How a person is named in an address: the folded name (seat.person_key, folded by the database's
 * registry_fold) with hyphens for spaces, "phan-van-mai". No national person id exists here, so two
 * people of the same name share a page, and that page says so.
 */
final class PersonKey {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private PersonKey() {
	}

	static String slug(String personKey) {
		return personKey.replace(' ', '-');
	}

	/** The key a slug stands for, or null for anything that cannot be one. */
	static String fromSlug(String slug) {
		return slug != null && slug.length() <= 150 && SLUG.matcher(slug).matches() ? slug.replace('-', ' ') : null;
	}

}
