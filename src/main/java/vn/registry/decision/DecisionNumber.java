package vn.registry.decision;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Số, ký hiệu: the one rule for a decision's number, used by the form's validator, the database's
 * CHECK on {@code decision.number_symbol} (DecisionNumberTest holds the two equal) and the form's
 * hint in the browser (the pattern is rendered into the page).
 * <ul>
 * <li>State documents: number, optional year, type - issuer: "4268/QĐ-UBND", "12/2021/QĐ-UBND",
 * "701/QĐ-TTg".</li>
 * <li>Party documents: number - type / issuer: "45-QĐ/TU", "05-QĐ/TW", "12-QĐ/ĐU", "123-QĐ/BCĐ",
 * "02-NQ/TU".</li>
 * </ul>
 * A leading "Số" is not part of the number. What is stored is what the clerk typed, trimmed and
 * without that word; the {@linkplain #key() key} compares numbers however they are typed (leading
 * zeros, đ or d, letter case), so that the same issuer, key and signing year is a duplicate.
 */
public final class DecisionNumber {

	/** The format, in the syntax Java, PostgreSQL and JavaScript regular expressions share. */
	public static final String PATTERN = "^[0-9]+((/[0-9]{4})?/[A-ZĐ]+(-[A-Za-zĐđ&]+)+|-[A-ZĐ]+/[A-Za-zĐđ]+(-[A-Za-zĐđ]+)*)$";

	private static final Pattern FORMAT = Pattern.compile(PATTERN);

	private static final Pattern PREFIX = Pattern.compile("^(?iu)(số|so)\\s*[:.]?\\s*");

	private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=[0-9])");

	private final String text;

	private DecisionNumber(String text) {
		this.text = text;
	}

	/** The number the clerk typed, if it is one; blank input is no number. */
	public static Optional<DecisionNumber> parse(String typed) {
		String text = clean(typed);
		return text.isEmpty() || !FORMAT.matcher(text).matches() ? Optional.empty() : Optional.of(new DecisionNumber(text));
	}

	/** The typed text as it would be stored: trimmed, NFC, without a leading "Số". */
	public static String clean(String typed) {
		if (typed == null) {
			return "";
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
		Matcher prefix = PREFIX.matcher(text);
		if (prefix.find() && prefix.end() < text.length() && Character.isDigit(text.charAt(prefix.end()))) {
			text = text.substring(prefix.end());
		}
		return text;
	}

	/** The number as stored and shown. */
	public String text() {
		return text;
	}

	/** True for a Party document's numbering ("45-QĐ/TU"). */
	public boolean isParty() {
		return text.indexOf('-') < text.indexOf('/');
	}

	/** What a duplicate is compared by: no leading zeros, đ as d, upper case ("45-QD/TU"). */
	public String key() {
		return LEADING_ZEROS.matcher(text).replaceFirst("").replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return text;
	}

}
