package vn.registry.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import vn.registry.decision.DecisionNumber;

/**
 * Hands out decision numbers, State ("123/QĐ-UBND") or Party ("45-QĐ/TU"), unique per issuing
 * authority whatever the year (stricter than the schema, which allows a number again in another
 * year): many communes share a name ("UBND xã Tân Lập"), so the authority is compared folded, as
 * {@code registry_fold} does, and the number by its {@link DecisionNumber#key() key}. Numbers real
 * decisions already use are never handed out.
 */
final class DecisionNumbers {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`´]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Set<String> used = new HashSet<>();

	/** Marks a number a real decision of {@code issuer} already has. */
	void reserve(String issuer, String numberSymbol) {
		DecisionNumber.parse(numberSymbol).ifPresent(number -> used.add(fold(issuer) + '|' + number.key()));
	}

	/** The first free State number from {@code wanted} on, for example "4268/QĐ-UBND". */
	String next(String issuer, int wanted, String documentAndIssuerCode) {
		return first(issuer, wanted, number -> number + "/" + documentAndIssuerCode);
	}

	/** The first free Party number from {@code wanted} on, for example "45-QĐ/TU". */
	String nextParty(String issuer, int wanted, String documentAndIssuerCode) {
		return first(issuer, wanted, number -> number + "-" + documentAndIssuerCode);
	}

	private String first(String issuer, int wanted, IntFunction<String> format) {
		String folded = fold(issuer);
		for (int number = wanted;; number++) {
			DecisionNumber candidate = DecisionNumber.parse(format.apply(number))
				.orElseThrow(() -> new IllegalArgumentException("Not a decision number: " + format.apply(wanted)));
			if (used.add(folded + '|' + candidate.key())) {
				return candidate.text();
			}
		}
	}

	/** The key the schema compares numbers by, of a number this class handed out. */
	static String key(String numberSymbol) {
		return DecisionNumber.parse(numberSymbol).orElseThrow().key();
	}

	/** What {@code registry_fold} makes of Vietnamese text: no case, diacritics, apostrophes or extra spaces. */
	static String fold(String value) {
		String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		String bare = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
