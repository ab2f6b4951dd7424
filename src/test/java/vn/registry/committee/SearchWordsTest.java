package vn.registry.committee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

	@Test
	void writesOutTheAbbreviationsOfLevels() {
		assertThat(SearchWords.of("TP HCM")).containsExactly("thanh", "pho", "HCM");
		assertThat(SearchWords.of("Tp.Huế")).containsExactly("thanh", "pho", "Huế");
		assertThat(SearchWords.of("H. Krông Pắc")).containsExactly("huyen", "Krông", "Pắc");
		assertThat(SearchWords.of("Q.1, TX Sơn Tây")).containsExactly("quan", "1", "thi", "xa", "Sơn", "Tây");
	}

	@Test
	void keepsOtherWordsAndLikeWildcardsAsTheyAre() {
		assertThat(SearchWords.of("  M’Drắk  (Đắk Lắk) ")).containsExactly("M’Drắk", "Đắk", "Lắk");
		assertThat(SearchWords.of("ban%dao h q")).containsExactly("ban%dao", "h", "q");
		assertThat(SearchWords.of(null)).isEmpty();
	}

}
