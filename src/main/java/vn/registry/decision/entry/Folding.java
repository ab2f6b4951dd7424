package vn.registry.decision.entry;

import java.text.Normalizer;
import java.util.Locale;

/** Compares Vietnamese names as the database's registry_fold does: no case, diacritics or apostrophes. */
final class Folding {

	private Folding() {
	}

	static String fold(String value) {
		String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "")
			.replaceAll("['’‘ʼ`´]", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

}
