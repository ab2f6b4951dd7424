package vn.registry.meeting;

/** "lần thứ nhất", "lần thứ hai", ... "lần thứ tư": how a meeting's number is written in Vietnamese. */
final class Ordinals {

	private static final String[] WORDS = { "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười" };

	private Ordinals() {
	}

	static String vietnamese(int ordinal) {
		return ordinal >= 1 && ordinal <= WORDS.length ? WORDS[ordinal - 1] : String.valueOf(ordinal);
	}

}
