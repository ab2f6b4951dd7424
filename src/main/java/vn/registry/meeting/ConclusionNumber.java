package vn.registry.meeting;

import java.util.regex.Pattern;

/**
 * The number of a meeting's conclusions notice: State numbering "12/TB-BCĐ", "12/2021/TB-UBND" or
 * Party numbering "05-TB/TU". The schema's CHECK on meeting.conclusion_number holds the same rule.
 */
final class ConclusionNumber {

	static final Pattern FORMAT = Pattern.compile("[0-9]+(/[0-9]{4})?[-/][A-ZĐ]+([-/][A-Za-zĐđ&]+)+");

	private ConclusionNumber() {
	}

	static String normalise(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC).replaceAll("\\s+", "");
	}

	static boolean isValid(String normalised) {
		return normalised == null || FORMAT.matcher(normalised).matches();
	}

}
