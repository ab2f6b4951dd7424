package vn.registry.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** /people finds seats by their holder's name or post, whole words, diacritics optional. */
class PeopleSearchTest extends RegistryTestSupport {

	@ParameterizedTest(name = "\"{0}\" finds Phan Văn Mãi's seat on Bến Tre's committee")
	@ValueSource(strings = { "Phan Văn Mãi", "phan van mai", "PHAN VĂN MÃI", "van mai" })
	void findsAPersonByNameWithOrWithoutDiacritics(String query) throws Exception {
		String html = page("/people", "q", query);

		assertThat(html).contains("Phan Văn Mãi").contains("Bí thư Tỉnh ủy").contains("Trưởng ban")
			.contains("href=\"/people/phan-van-mai\"").contains("Tìm thấy 1 vị trí");
		assertThat(Html.committeeLinks(html)).contains(5L);
	}

	@Test
	void findsPostsAcrossCommittees() throws Exception {
		String html = page("/people", "q", "chu tich ubnd");

		assertThat(Html.committeeLinks(html)).hasSizeGreaterThan(1);
		assertThat(html).containsIgnoringCase("Chủ tịch UBND");
	}

	@Test
	void matchesWholeWordsOnly() throws Exception {
		assertThat(page("/people", "q", "van ma")).contains("Tìm thấy 0 vị trí").doesNotContain("Phan Văn Mãi");
	}

	@Test
	void saysThatPeopleAreMatchedByNameAndPosition() throws Exception {
		assertThat(page("/people")).contains("không theo mã định danh cá nhân");
		assertThat(page("/people/phan-van-mai")).contains("không theo mã định danh cá nhân");
	}

	@Test
	void aPersonPageListsTheirSeatsWithCommitteeRoleAndDecision() throws Exception {
		String html = page("/people/phan-van-mai");

		assertThat(html).contains("<h1 class=\"h2\">Phan Văn Mãi</h1>").contains("Bí thư Tỉnh ủy")
			.contains("1 vị trí qua các thời kỳ");
		assertThat(Html.committeeLinks(html)).containsExactly(5L);
	}

	@ParameterizedTest(name = "/people/{0} is not found")
	@ValueSource(strings = { "nobody-here", "Phan-Van-Mai", "a--b", "%20" })
	void anUnknownOrMalformedPersonIsNotFound(String slug) throws Exception {
		assertThat(get(MediaType.TEXT_HTML, "/people/" + slug).getStatus()).isEqualTo(HttpStatus.NOT_FOUND.value());
	}

}
