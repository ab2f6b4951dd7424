package vn.registry.decision.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule refuses the decision with a Vietnamese message at its field, writes nothing, and
 * gives back every value the clerk typed, every roster row included.
 */
class DecisionValidationTest extends DecisionEntryTestSupport {

	static Stream<Arguments> mistakes() {
		String tomorrow = LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		return Stream.of(
				mistake("numberWithoutSymbol", f -> f.put("numberSymbol", "4268"), "numberSymbol",
						"Số, ký hiệu không đúng dạng. Ví dụ đúng: 4268/QĐ-UBND"),
				mistake("numberWithSpaces", f -> f.put("numberSymbol", "4268 / QĐ UBND"), "numberSymbol", "Ví dụ đúng"),
				mistake("missingNumber", f -> f.put("numberSymbol", ""), "numberSymbol", "Không được để trống."),
				mistake("signedInTheFuture", f -> f.put("signedOn", tomorrow), "signedOn",
						"Ngày ban hành không được ở tương lai."),
				mistake("dateNotDdMmYyyy", f -> f.put("signedOn", "16/13/2021"), "signedOn",
						"Ngày phải có dạng dd/mm/yyyy"),
				mistake("effectiveBeforeSigned", f -> f.put("effectiveOn", "15/12/2021"), "effectiveOn",
						"Ngày hiệu lực không được trước ngày ban hành."),
				mistake("missingIssuer", f -> f.put("issuer", " "), "issuer", "Không được để trống."),
				mistake("summaryTooLong", f -> f.put("summary", "x".repeat(1001)), "summary", "Quá dài (tối đa 1000 ký tự)."),
				mistake("missingName", f -> f.put("name", ""), "name", "Không được để trống."),
				mistake("missingUnit", f -> f.remove("unitId"), "unitQuery", "Hãy chọn đơn vị hành chính"),
				mistake("twoHeads", f -> f.put("seats[1].roleId", "TRUONG_BAN"), "seats",
						"Danh sách phải có đúng một Trưởng ban."),
				mistake("noHead", f -> f.put("seats[0].roleId", "UY_VIEN"), "seats",
						"Danh sách phải có đúng một Trưởng ban."),
				mistake("twoStandingDeputies", f -> {
					f.put("seats[1].roleId", "PHO_TRUONG_BAN_THUONG_TRUC");
					f.put("seats[2].roleId", "PHO_TRUONG_BAN_THUONG_TRUC");
				}, "seats", "chỉ được có một Phó Trưởng ban Thường trực"),
				mistake("rowWithoutNameOrPosition", f -> f.put("seats[1].position", ""), "seats-1-position",
						"Mỗi dòng cần có chức vụ hoặc họ tên."),
				mistake("rowWithoutRole", f -> f.put("seats[2].roleId", ""), "seats-2-roleId", "Hãy chọn vai trò."),
				mistake("samePersonTwice", f -> f.put("seats[2].fullName", "TRẦN THỊ BÌNH"), "seats-2-fullName",
						"Người này đã có trong danh sách."),
				mistake("workingGroupWithoutLeader", f -> f.put("workingGroupSeats[0].roleId", "THANH_VIEN"),
						"workingGroupSeats", "Tổ giúp việc phải có đúng một Tổ trưởng."));
	}

	private static Arguments mistake(String name, Consumer<Map<String, String>> change, String field, String message) {
		return Arguments.of(name, change, field, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void refusesAtTheFieldWritesNothingAndKeepsWhatWasTyped(String name, Consumer<Map<String, String>> change,
			String field, String message) throws Exception {
		Map<String, String> form = establishment("019", "301/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Nam Từ Liêm");
		change.accept(form);
		form.replaceAll((key, value) -> key.endsWith("roleId") && value.matches("[A-Z_]+") ? String.valueOf(roleId(value)) : value);
		long decisions = count("decision");
		long committees = count("committee");
		long seats = count("seat");

		MockHttpServletResponse response = submit("/decisions/new", form);

		assertThat(response.getStatus()).isEqualTo(200);
		String html = body(response);
		assertThat(html).contains(message);
		assertThat(html).containsPattern("(id=\"" + java.util.regex.Pattern.quote(field) + "-error\"|id=\""
				+ java.util.regex.Pattern.quote(field) + "\"[^>]*is-invalid|is-invalid[^>]*id=\""
				+ java.util.regex.Pattern.quote(field) + "\")");
		assertThat(count("decision")).isEqualTo(decisions);
		assertThat(count("committee")).isEqualTo(committees);
		assertThat(count("seat")).isEqualTo(seats);
		form.forEach((key, value) -> {
			if (!key.equals("action") && !key.endsWith("roleId") && !key.equals("workingGroupIncluded") && !value.isBlank()) {
				assertThat(html).as("typed value of %s is kept", key).contains(value);
			}
		});
	}

	@Test
	void aDuplicateNumberFromTheSameIssuerIsRefusedWithALinkToTheExistingDecision() throws Exception {
		long existing = savedDecision(submit("/decisions/new",
				establishment("020", "302/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Thanh Trì")));
		Map<String, String> again = establishment("021", "302/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Bắc Từ Liêm");
		again.put("issuer", "ubnd HUYỆN thử nghiệm 020");

		MockHttpServletResponse response = submit("/decisions/new", again);

		assertThat(body(response)).contains("Cơ quan này đã có quyết định mang số, ký hiệu này ban hành năm 2021.",
				"href=\"/decisions/" + existing + "\"");
	}

	@Test
	void aNameAlreadyUsedByAnActiveCommitteeOfTheUnitIsRefused() throws Exception {
		savedDecision(submit("/decisions/new", establishment("016", "303/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Sóc Sơn")));

		MockHttpServletResponse response = submit("/decisions/new",
				establishment("016", "304/QĐ-UBND", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ HUYỆN SÓC SƠN"));

		assertThat(body(response)).contains("Đơn vị hành chính này đã có một Ban Chỉ đạo đang hoạt động cùng tên.");
	}

	@Test
	void errorsAreInEnglishWhenTheInterfaceIs() throws Exception {
		Map<String, String> form = establishment("019", "4268", "Ban Chỉ đạo");
		form.put("lang", "en");

		assertThat(body(submit("/decisions/new", form))).contains("The number and symbol are not in a known form");
	}

}
