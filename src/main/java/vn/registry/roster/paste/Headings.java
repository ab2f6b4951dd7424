package vn.registry.roster.paste;

import java.util.regex.Pattern;

/**
 * Lines of an annex that are not rows: its title ("DANH SÁCH THÀNH VIÊN ... (Kèm theo Quyết định số
 * ...)") and section headings ("I. BAN CHỈ ĐẠO", "II. Tổ giúp việc"). They are listed to the clerk
 * as skipped, not turned into rows.
 */
final class Headings {

	private static final Pattern SECTION = Pattern.compile("^(?:[IVXLC]+|[A-Z])[.)]\\s+.*");

	private static final Pattern TITLE = Pattern.compile("^\\(?\\s*(?:danh sach|kem theo|thanh phan)\\b.*");

	private Headings() {
	}

	static boolean isHeading(String text) {
		if (text == null) {
			return false;
		}
		String cleaned = text.strip();
		if (SECTION.matcher(cleaned).matches() || TITLE.matcher(Text.fold(cleaned)).matches()) {
			return true;
		}
		String letters = cleaned.replaceAll("[^\\p{L}]", "");
		return letters.length() >= 4 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
				&& !cleaned.contains(",") && cleaned.split("\\s+").length > 3;
	}

}
