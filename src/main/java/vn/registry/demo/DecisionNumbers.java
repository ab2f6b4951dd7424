package vn.registry.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out decision numbers ("123/QĐ-UBND") unique per issuing authority, as the schema requires:
 * many communes share a name ("UBND xã Tân Lập"), and the authority is compared folded, as
 * {@code registry_fold} does. Numbers real decisions already use are never handed out.
 */
final class DecisionNumbers {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`´]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Set<String> used = new HashSet<>();

	/** Marks a number a real decision of {@code issuer} already has. */
	void reserve(String issuer, String numberSymbol) {
		used.add(key(issuer, numberSymbol));
	}

	/** The first free number from {@code wanted} on, for example "4268/QĐ-UBND". */
	String next(String issuer, int wanted, String documentAndIssuerCode) {
		String folded = fold(issuer);
		for (int number = wanted;; number++) {
			String numberSymbol = number + "/" + documentAndIssuerCode;
			if (used.add(folded + '|' + numberSymbol)) {
				return numberSymbol;
			}
		}
	}

	private static String key(String issuer, String numberSymbol) {
		return fold(issuer) + '|' + numberSymbol;
	}

	/** What {@code registry_fold} makes of Vietnamese text: no case, diacritics, apostrophes or extra spaces. */
	static String fold(String value) {
		String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		String bare = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
