package vn.registry.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.registry.RegistryTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bến Tre's first meeting (03/03/2021) and what it assigned, against the article's words
 * (sources/003_791392d79feba516.txt): every task is a sentence of the article, nothing more.
 */
class SeedAssignmentsTest extends RegistryTestSupport {

	private static final Path ARTICLE = Path.of("src/main/resources/sources/003_791392d79feba516.txt");

	private static final String BEN_TRE_TASKS = """
			SELECT t.position || '|' || t.lead_agency || '|' || coalesce(t.deadline_text, '') || '|'
			       || coalesce(t.deadline_on::text, '') || '|' || t.deadline_inferred || '|' || coalesce(t.recurrence, '')
			       || '|' || coalesce(t.status, '')
			FROM assigned_task t WHERE t.meeting_id = 2 AND t.committee_id = 5 AND t.created_by IS NULL ORDER BY t.position""";

	@Test
	void benTresFirstMeetingAssignsWhatTheArticleSays() {
		assertThat(jdbc.sql(BEN_TRE_TASKS).query(String.class).list()).containsExactly(
				"1|Các thành viên Ban chỉ đạo, các ngành, các địa phương|trong tuần này|2021-03-07|true||",
				"2|Sở Thông tin và Truyền thông|||false||",
				"3|Ban chỉ đạo|hàng quý||false|QUARTERLY|",
				"4|Sở Thông tin và Truyền thông|vào thứ 2 đầu mỗi tháng||false|MONTHLY_FIRST_MONDAY|",
				"5|Tất cả các ngành, các địa phương|||false||",
				"6|Sở Thông tin và Truyền thông|||false||",
				"7|Sở Công Thương|||false||");
	}

	@Test
	void everyTaskIsWordedAsInTheArticle() throws IOException {
		String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
		List<String> texts = jdbc.sql("SELECT text FROM assigned_task WHERE meeting_id = 2 AND created_by IS NULL ORDER BY position")
			.query(String.class).list();

		// As sentences of their own they start with a capital; otherwise word for word.
		assertThat(texts).hasSize(7).allSatisfy(text -> assertThat(article.toLowerCase(Locale.ROOT))
			.contains(text.replaceAll("\\.$", "").toLowerCase(Locale.ROOT)));
		assertThat(texts).contains("Xây dựng kế hoạch hỗ trợ chuyển đổi số cho 1.000 doanh nghiệp.");
		assertThat(article).contains("giao Sở Công Thương xây dựng kế hoạch hỗ trợ chuyển đổi số cho 1.000 doanh nghiệp");
	}

	@Test
	void theSeedMeetingsKeepOnlyWhatTheirArticlesSay() {
		assertThat(jdbc.sql("""
				SELECT id || '|' || ordinal || '|' || (agenda IS NULL) || '|' || (conclusions IS NULL) || '|' || (conclusion_number IS NULL)
				FROM meeting WHERE id IN (1, 2) ORDER BY id""").query(String.class).list())
			.containsExactly("1|1|true|true|true", "2|1|true|true|true");
		assertThat(jdbc.sql("SELECT count(*) FROM meeting_attendance WHERE meeting_id IN (1, 2)").query(Long.class).single())
			.isZero();
	}

	@Test
	void theMeetingPageShowsTheAssignmentsWithTheirDeadlines() throws Exception {
		String page = page("/meetings/2");

		assertThat(page).contains("Phiên họp lần thứ nhất", "Phan Văn Mãi", "Sở Công Thương", "vào thứ 2 đầu mỗi tháng",
				"hàng quý", "(suy ra từ văn bản)", "Chưa có báo cáo");
		assertThat(json("/api/meetings/2").read("$.tasks.length()", Integer.class)).isEqualTo(7);
		assertThat(json("/api/meetings/2").read("$.tasks[0].deadlineOn", String.class)).isEqualTo("2021-03-07");
	}

}
