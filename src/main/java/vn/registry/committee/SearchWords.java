package vn.registry.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search as people type them: the abbreviations of administrative levels written out
 * ("TP HCM", "Tp.Huế", "H. Krông Pắc", "Q.1"), punctuation between words dropped. Each word must then
 * be a whole word of a committee's names or places (V13's registry_words); folding (case, diacritics,
 * apostrophes) is left to the database's registry_fold, the one place that rule lives.
 */
public final class SearchWords {

	private static final int MAX_WORDS = 8;

	/** Abbreviations of a level, written with a dot ("H.", "Q.") or, if unambiguous, without ("TP", "TX"). */
	private static final Map<String, String> LEVELS = Map.of("tp", "thanh pho", "tx", "thi xa", "tt", "thi tran",
			"h", "huyen", "q", "quan", "p", "phuong", "x", "xa", "t", "tinh");

	private static final List<String> WITHOUT_DOT = List.of("tp", "tx", "tt");

	private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,2})\\.");

	/** What separates words; LIKE's wildcards are kept, so that they are searched as text. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]\"“”.\\-–/]+");

	private SearchWords() {
	}

	public static List<String> of(String query) {
		if (query == null) {
			return List.of();
		}
		Matcher dotted = DOTTED.matcher(query);
		StringBuilder expanded = new StringBuilder();
		while (dotted.find()) {
			String level = LEVELS.get(dotted.group(1).toLowerCase(Locale.ROOT));
			dotted.appendReplacement(expanded, Matcher.quoteReplacement(level == null ? dotted.group() : level + " "));
		}
		dotted.appendTail(expanded);
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(expanded)) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (WITHOUT_DOT.contains(lower)) {
				words.addAll(Arrays.asList(LEVELS.get(lower).split(" ")));
			}
			else if (!word.isBlank()) {
				words.add(word);
			}
		}
		return words.stream().limit(MAX_WORDS).toList();
	}

}
