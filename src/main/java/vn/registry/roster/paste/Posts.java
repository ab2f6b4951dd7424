package vn.registry.roster.paste;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person and the post out of an annex's words. The registry keeps a post as written
 * ("Giám đốc Sở Thông tin và Truyền thông") and the agency beside it ("Sở Thông tin và Truyền
 * thông"), as the seeds do; the agency starts at the first word that names a body. Of a double post
 * ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện") the last part names the agency the person comes from.
 */
final class Posts {

	/** Words that begin the name of a body, as annexes capitalise them. */
	private static final List<String> BODIES = List.of("UBND", "HĐND", "Ủy ban", "Uỷ ban", "Hội đồng", "Sở", "Văn phòng",
			"Công an", "Bộ", "Ban", "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Thị ủy",
			"Thị uỷ", "Đảng ủy", "Đảng uỷ", "Phòng", "Cục", "Chi cục", "Tổng cục", "Viện", "Đài", "Báo", "Trung tâm",
			"Trường", "Tòa án", "Toà án", "Kho bạc", "Ngân hàng", "Bưu điện", "Viettel", "VNPT", "MobiFone",
			"Mobifone", "Hội", "Liên đoàn", "Liên minh", "Mặt trận", "MTTQ", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn",
			"Đoàn", "Bảo hiểm", "Thanh tra", "Chi nhánh", "Tập đoàn", "Tổng công ty", "Công ty", "Học viện",
			"Đại học", "Bệnh viện", "Cảnh sát", "Bộ Chỉ huy", "Hiệp hội");

	private static final Pattern BODY = Pattern.compile("(?<!\\p{L})(?:"
			+ String.join("|", BODIES.stream().map(Pattern::quote).toList())
			// "Trưởng ban Tuyên giáo Tỉnh ủy", "Trưởng phòng Nội vụ": the body (the Ban, the Phòng) written
			// in lower case after its head's title.
			+ "|(?<=Trưởng )(?:ban|phòng)(?= \\p{Lu})"
			// "Cục trưởng Cục Thuế": a head's title built on the body's word is not the body.
			+ ")(?!\\p{L})(?! trưởng| phó)");

	private static final Pattern HONORIFIC = Pattern.compile("^(?:Ông|Bà|Đồng chí|Đ/c|Đ/C|đ/c|ông|bà|đồng chí)\\.?\\s+");

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’]*");

	private Posts() {
	}

	/** The name without Ông, Bà, Đồng chí or Đ/c in front. */
	static String withoutHonorific(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = HONORIFIC.matcher(text);
		return Text.clean(matcher.find() ? text.substring(matcher.end()) : text);
	}

	/** Whether the text reads as a person's name: two to seven capitalised words, no body named. */
	static boolean looksLikeName(String text) {
		if (text == null) {
			return false;
		}
		String[] words = text.split("\\s+");
		if (words.length < 2 || words.length > 7 || bodyStart(text) >= 0) {
			return false;
		}
		for (String word : words) {
			if (!NAME_WORD.matcher(word).matches()) {
				return false;
			}
		}
		return true;
	}

	/** The agency a post names, or null when no body is named. */
	static String agencyOf(String post) {
		if (post == null) {
			return null;
		}
		// Of "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện" the last part; a part without a body continues
		// the name before it ("Sở Văn hóa, Thể thao và Du lịch").
		String[] parts = post.split(",");
		int offset = post.length();
		for (int i = parts.length - 1; i >= 0; i--) {
			offset -= parts[i].length();
			int start = bodyStart(parts[i]);
			if (start >= 0) {
				String agency = Text.clean(post.substring(offset + start));
				return agency == null ? null : Character.toUpperCase(agency.charAt(0)) + agency.substring(1);
			}
			offset--;
		}
		return null;
	}

	/** Where the first body's name begins, at a word boundary; -1 when none. */
	static int bodyStart(String text) {
		Matcher matcher = BODY.matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

}
