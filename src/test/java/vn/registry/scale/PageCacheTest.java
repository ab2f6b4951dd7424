package vn.registry.scale;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pages kept in memory are answered at the cost of one statement, and with 304 to a conditional
 * GET; but never once the data changed, never to a logged-in user, and never across languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "registry.test.data-set=small")
class PageCacheTest extends ScaleTestSupport {

	@Autowired
	private PlatformTransactionManager transactions;

	private TestCommittees.Created committee;

	@BeforeAll
	void aCommittee() {
		committee = TestCommittees.create(jdbc, 5);
	}

	@Test
	void answersAConditionalGetWith304UntilTheDataChanges() throws Exception {
		String uri = "/committees/" + committee.committee();
		String etag = get(uri).getHeader("ETag");
		assertThat(etag).isNotBlank();
		MockHttpServletResponse rendered = get(uri, "If-None-Match", etag);
		assertThat(rendered.getStatus()).as("not kept yet, rendered, yet unchanged").isEqualTo(304);

		StatementRecorder.start();
		MockHttpServletResponse unchanged = get(uri, "If-None-Match", etag);
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(StatementRecorder.recorded()).hasSize(1);

		TestCommittees.Created decision = TestCommittees.decision(jdbc, committee.committee(), "CHANGE_MEMBERS",
				"2025-02-03");
		MockHttpServletResponse changed = get(uri, "If-None-Match", etag);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(changed.getContentAsString()).contains(decision.numberSymbol());
	}

	@Test
	void aNewDecisionIsOnEveryPageItTouchesAtOnce() throws Exception {
		String committeePage = "/committees/" + committee.committee();
		List<String> pages = List.of("/", "/committees?q=kiem%20thu%20quy%20mo", committeePage,
				"/api/committees/" + committee.committee(), "/decisions", "/api/committees?q=kiem%20thu%20quy%20mo");
		for (String uri : pages) {
			page(uri);
			page(uri);
		}
		// Newer than any other decision, so that every list shows it first.
		TestCommittees.Created decision = TestCommittees.decision(jdbc, committee.committee(), "AMEND_TASKS",
				LocalDate.now().toString());
		for (String uri : pages) {
			assertThat(page(uri)).as(uri).contains(decision.numberSymbol());
		}
		assertThat(page("/decisions/" + decision.decision())).contains(decision.numberSymbol());
	}

	@Test
	void aLoggedInClerkNeverGetsTheAnonymousPageNorTheOtherWayRound() throws Exception {
		String uri = "/committees/" + committee.committee();
		String enterDecision = uri + "/decisions/new";
		for (int i = 0; i < 3; i++) {
			assertThat(page(uri)).doesNotContain(enterDecision);
		}

		String asClerk = mvc.perform(MockMvcRequestBuilders.get(uri).accept(MediaType.TEXT_HTML).with(user("clerk").roles("CLERK")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asClerk).contains(enterDecision);
		assertThat(page(uri)).doesNotContain(enterDecision);
	}

	@Test
	void uncommittedWritesAreSeenOnlyByTheirOwnTransactionAndNeverKept() throws Exception {
		String uri = "/committees/" + committee.committee();
		page(uri);
		String before = page(uri);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			TestCommittees.Created decision = TestCommittees.decision(jdbc, committee.committee(), "ADOPT_RULES",
					"2025-05-06");
			try {
				assertThat(page(uri)).contains(decision.numberSymbol());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});
		assertThat(page(uri)).isEqualTo(before);
	}

	@Test
	void keepsEachLanguageApartAndNeverKeepsAResponseThatSetsACookie() throws Exception {
		String uri = "/committees/" + committee.committee();
		String vietnamese = page(uri);
		page(uri);
		String english = mvc.perform(MockMvcRequestBuilders.get(uri).accept(MediaType.TEXT_HTML).cookie(new Cookie("registry-lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(vietnamese).contains("lang=\"vi\"");
		assertThat(english).contains("lang=\"en\"");
		assertThat(page(uri)).isEqualTo(vietnamese);

		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse switching = get(uri + "?lang=en");
			assertThat(switching.getCookie("registry-lang")).as("the cookie, every time").isNotNull();
		}
	}

	@Test
	void everyTableIsTrackedSoThatNoWriteCanLeaveAPageStale() {
		List<String> untracked = jdbc.sql("""
				SELECT c.relname FROM pg_class c
				WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
				  AND c.relname NOT IN ('flyway_schema_history', 'registry_change', 'registry_change_pending')
				  AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'registry_page_change')
				ORDER BY 1""").query(String.class).list();
		assertThat(untracked).as("tables without the page-change trigger: a migration that creates a table "
				+ "must call registry_track_changes('table') (see V7)").isEmpty();
	}

}
