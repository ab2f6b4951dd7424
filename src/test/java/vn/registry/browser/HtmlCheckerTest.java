package vn.registry.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process Nu checker really checks: a clean page passes, a broken one does not. */
class HtmlCheckerTest {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head>
			<body><main><h1>Thử</h1>%s</main></body></html>
			""";

	@Test
	void aValidPageHasNoErrors() {
		List<HtmlChecker.Message> messages = HtmlChecker.check(PAGE.formatted("<p id=\"a\">Một</p><p id=\"b\">Hai</p>"));
		assertThat(HtmlChecker.errors(messages)).isEmpty();
	}

	@Test
	void duplicateIdsAndMisplacedElementsAreErrors() {
		List<HtmlChecker.Message> errors = HtmlChecker
			.errors(HtmlChecker.check(PAGE.formatted("<p id=\"a\">Một</p><p id=\"a\">Hai</p><table><p>x</p></table>")));
		assertThat(errors).extracting(HtmlChecker.Message::message)
			.anySatisfy(message -> assertThat(message).contains("Duplicate ID"))
			.hasSizeGreaterThanOrEqualTo(2);
	}

}
