package vn.registry.account.role;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A role's code from its Vietnamese name, as the seeded codes were made: "Phó Trưởng ban Thường
 * trực" is PHO_TRUONG_BAN_THUONG_TRUC. A code already taken gets a number: THANH_VIEN_2.
 */
final class RoleCodes {

	static final int MAX_LENGTH = 40;

	private static final String FALLBACK = "VAI_TRO";

	private RoleCodes() {
	}

	static String derive(String name, Predicate<String> taken) {
		String base = base(name);
		String code = base;
		for (int n = 2; taken.test(code); n++) {
			String suffix = "_" + n;
			code = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).replaceAll("_+$", "") + suffix;
		}
		return code;
	}

	static String base(String name) {
		String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replaceAll("\\p{M}+", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		if (folded.isEmpty()) {
			return FALLBACK;
		}
		return folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH).replaceAll("_+$", "") : folded;
	}

}
