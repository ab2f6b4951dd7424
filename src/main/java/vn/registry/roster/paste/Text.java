package vn.registry.roster.paste;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as it comes from a clipboard: Word and spreadsheets mix composed and decomposed Vietnamese
 * (NFC and NFD), no-break spaces and stray punctuation. Cells are cleaned once here, and compared
 * folded: no case, no diacritics, đ as d (so "Uỷ viên" and "Ủy viên" are one role).
 */
final class Text {

	private Text() {
	}

	/** NFC, ordinary spaces, runs of spaces as one, no list punctuation at either end; null when empty. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC)
			.replace('\u00a0', ' ')
			.replace('\u200b', ' ')
			.replaceAll("\\s+", " ")
			.strip()
			.replaceAll("^[-–—•+*·]+\\s*", "")
			.replaceAll("[;,.]+$", "")
			.strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	static String fold(String value) {
		String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "")
			.replace('\u00a0', ' ')
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	/** A serial number cell: "1", "01", "1.", "12)". */
	static boolean isSerial(String cell) {
		return cell != null && cell.strip().matches("\\d{1,3}[.)]?");
	}

}
