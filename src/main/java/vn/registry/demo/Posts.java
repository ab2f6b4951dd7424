package vn.registry.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The posts a steering committee's decision names at each level, as such decisions write them:
 * the head is the chair of the people's committee, the standing deputy a vice chair, members the
 * heads of departments, offices, mass organisations and telecom operators. Templates fill in
 * {k} the unit's kind ("huyện"), {u} the unit in a sentence ("huyện M’Drắk"), {n} its name,
 * {p} its party committee ("Huyện ủy") and {y} its youth union ("Huyện đoàn").
 */
final class Posts {

	record Post(String position, String agency) {
	}

	private static final List<Post> PROVINCE_MEMBERS = posts(
			"Chánh Văn phòng UBND {k}", "Văn phòng UBND {u}",
			"Giám đốc Công an {k}", "Công an {u}",
			"Giám đốc Sở Nội vụ", "Sở Nội vụ",
			"Giám đốc Sở Tài chính", "Sở Tài chính",
			"Giám đốc Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư",
			"Giám đốc Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ",
			"Giám đốc Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo",
			"Giám đốc Sở Y tế", "Sở Y tế",
			"Giám đốc Sở Công Thương", "Sở Công Thương",
			"Giám đốc Sở Xây dựng", "Sở Xây dựng",
			"Giám đốc Sở Tư pháp", "Sở Tư pháp",
			"Giám đốc Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường",
			"Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn",
			"Giám đốc Sở Giao thông vận tải", "Sở Giao thông vận tải",
			"Giám đốc Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
			"Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
			"Chánh Thanh tra {k}", "Thanh tra {u}",
			"Trưởng Ban Tuyên giáo {p}", "{p} {n}",
			"Chánh Văn phòng {p}", "{p} {n}",
			"Giám đốc Trung tâm Phục vụ hành chính công {k}", "Trung tâm Phục vụ hành chính công {u}",
			"Cục trưởng Cục Thuế {k}", "Cục Thuế {u}",
			"Giám đốc Kho bạc Nhà nước {k}", "Kho bạc Nhà nước {u}",
			"Giám đốc Bảo hiểm xã hội {k}", "Bảo hiểm xã hội {u}",
			"Giám đốc Ngân hàng Nhà nước chi nhánh {u}", "Ngân hàng Nhà nước chi nhánh {u}",
			"Chủ tịch Ủy ban MTTQ Việt Nam {k}", "Ủy ban MTTQ Việt Nam {u}",
			"Bí thư {y}", "{y} {n}",
			"Chủ tịch Hội Liên hiệp Phụ nữ {k}", "Hội Liên hiệp Phụ nữ {u}",
			"Chủ tịch Liên đoàn Lao động {k}", "Liên đoàn Lao động {u}",
			"Tổng Biên tập Báo {n}", "Báo {n}",
			"Giám đốc Đài Phát thanh và Truyền hình {n}", "Đài Phát thanh và Truyền hình {n}",
			"Giám đốc Bưu điện {k}", "Bưu điện {u}",
			"Giám đốc VNPT {n}", "VNPT {n}",
			"Giám đốc Viettel {n}", "Viettel {n}",
			"Trưởng Ban Quản lý các khu công nghiệp {k}", "Ban Quản lý các khu công nghiệp {u}");

	private static final List<Post> DISTRICT_MEMBERS = posts(
			"Chánh Văn phòng HĐND và UBND {k}", "Văn phòng HĐND và UBND {u}",
			"Trưởng Công an {k}", "Công an {u}",
			"Chỉ huy trưởng Ban Chỉ huy Quân sự {k}", "Ban Chỉ huy Quân sự {u}",
			"Trưởng phòng Nội vụ", "Phòng Nội vụ {u}",
			"Trưởng phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch {u}",
			"Trưởng phòng Tư pháp", "Phòng Tư pháp {u}",
			"Trưởng phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo {u}",
			"Trưởng phòng Y tế", "Phòng Y tế {u}",
			"Trưởng phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường {u}",
			"Trưởng phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội {u}",
			"Chánh Thanh tra {k}", "Thanh tra {u}",
			"Trưởng Ban Tuyên giáo {p}", "{p} {n}",
			"Chánh Văn phòng {p}", "{p} {n}",
			"Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao {k}", "Trung tâm Văn hóa, Thông tin và Thể thao {u}",
			"Giám đốc Trung tâm Y tế {k}", "Trung tâm Y tế {u}",
			"Chi cục trưởng Chi cục Thuế {k}", "Chi cục Thuế {u}",
			"Giám đốc Kho bạc Nhà nước {k}", "Kho bạc Nhà nước {u}",
			"Giám đốc Bảo hiểm xã hội {k}", "Bảo hiểm xã hội {u}",
			"Chủ tịch Ủy ban MTTQ Việt Nam {k}", "Ủy ban MTTQ Việt Nam {u}",
			"Bí thư {y}", "{y} {n}",
			"Chủ tịch Hội Liên hiệp Phụ nữ {k}", "Hội Liên hiệp Phụ nữ {u}",
			"Chủ tịch Hội Nông dân {k}", "Hội Nông dân {u}",
			"Chủ tịch Liên đoàn Lao động {k}", "Liên đoàn Lao động {u}",
			"Giám đốc Bưu điện {k}", "Bưu điện {u}",
			"Giám đốc Trung tâm Viễn thông {n}", "Trung tâm Viễn thông {n}",
			"Giám đốc Viettel {n}", "Viettel {n}",
			"Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội {k}",
			"Phòng giao dịch Ngân hàng Chính sách xã hội {u}");

	private static final List<Post> DISTRICT_URBAN = posts(
			"Trưởng phòng Quản lý đô thị", "Phòng Quản lý đô thị {u}",
			"Trưởng phòng Kinh tế", "Phòng Kinh tế {u}");

	private static final List<Post> DISTRICT_RURAL = posts(
			"Trưởng phòng Kinh tế và Hạ tầng", "Phòng Kinh tế và Hạ tầng {u}",
			"Trưởng phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nông nghiệp và Phát triển nông thôn {u}");

	private static final List<Post> COMMUNE_MEMBERS = posts(
			"Trưởng Công an {k}", "Công an {u}",
			"Chỉ huy trưởng Ban Chỉ huy Quân sự {k}", "Ban Chỉ huy Quân sự {u}",
			"Chủ tịch Ủy ban MTTQ Việt Nam {k}", "Ủy ban MTTQ Việt Nam {u}",
			"Bí thư Đoàn Thanh niên {k}", "Đoàn Thanh niên Cộng sản Hồ Chí Minh {u}",
			"Chủ tịch Hội Liên hiệp Phụ nữ {k}", "Hội Liên hiệp Phụ nữ {u}",
			"Chủ tịch Hội Cựu chiến binh {k}", "Hội Cựu chiến binh {u}",
			"Công chức Văn phòng - Thống kê", "UBND {u}",
			"Công chức Văn hóa - Xã hội", "UBND {u}",
			"Công chức Tài chính - Kế toán", "UBND {u}",
			"Công chức Tư pháp - Hộ tịch", "UBND {u}",
			"Trưởng Trạm Y tế {k}", "Trạm Y tế {u}",
			"Hiệu trưởng Trường Trung học cơ sở {n}", "Trường Trung học cơ sở {n}",
			"Hiệu trưởng Trường Tiểu học {n}", "Trường Tiểu học {n}",
			"Hiệu trưởng Trường Mầm non {n}", "Trường Mầm non {n}",
			"Nhân viên Điểm Bưu điện - Văn hóa {k}", "Điểm Bưu điện - Văn hóa {u}");

	private Posts() {
	}

	static Post head(DemoUnit unit, boolean partySecretary) {
		String deputySecretary = unit.level().equals("COMMUNE") ? "Phó Bí thư Đảng ủy" : "Phó Bí thư {p}";
		return fill(new Post((partySecretary ? deputySecretary + ", " : "") + "Chủ tịch UBND {k}", "UBND {u}"), unit);
	}

	/** The Party committee's secretary: "Bí thư Tỉnh ủy", "Bí thư Đảng ủy xã". */
	static Post partySecretary(DemoUnit unit) {
		return fill(unit.level().equals("COMMUNE") ? new Post("Bí thư Đảng ủy {k}", "Đảng ủy {u}")
				: new Post("Bí thư {p}", "{p} {n}"), unit);
	}

	static Post standingDeputy(DemoUnit unit) {
		String field = unit.level().equals("PROVINCE") ? "" : " phụ trách văn hóa - xã hội";
		return fill(new Post("Phó Chủ tịch UBND {k}" + field, "UBND {u}"), unit);
	}

	static Post deputy(DemoUnit unit) {
		return fill(switch (unit.level()) {
			case "PROVINCE" -> new Post("Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông");
			case "DISTRICT" -> new Post("Trưởng phòng Văn hóa và Thông tin {k}", "Phòng Văn hóa và Thông tin {u}");
			default -> new Post("Phó Chủ tịch UBND {k} phụ trách kinh tế", "UBND {u}");
		}, unit);
	}

	/** The members' posts in the order decisions list them; a commune adds its villages' heads. */
	static List<Post> members(DemoUnit unit, int count) {
		List<Post> templates = new ArrayList<>(switch (unit.level()) {
			case "PROVINCE" -> PROVINCE_MEMBERS;
			case "DISTRICT" -> DISTRICT_MEMBERS;
			default -> COMMUNE_MEMBERS;
		});
		if (unit.level().equals("DISTRICT")) {
			templates.addAll(8, unit.urban() ? DISTRICT_URBAN : DISTRICT_RURAL);
		}
		List<Post> members = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			members.add(i < templates.size() ? fill(templates.get(i), unit) : village(unit, i - templates.size() + 1));
		}
		return members;
	}

	/** The working group's host: the department or office that does the committee's daily work. */
	static String host(DemoUnit unit) {
		return fill(switch (unit.level()) {
			case "PROVINCE" -> "Sở Thông tin và Truyền thông";
			case "DISTRICT" -> "Phòng Văn hóa và Thông tin {u}";
			default -> "UBND {u}";
		}, unit);
	}

	static Post groupLeader(DemoUnit unit) {
		return fill(switch (unit.level()) {
			case "PROVINCE" -> new Post("Phó Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông");
			case "DISTRICT" -> new Post("Trưởng phòng Văn hóa và Thông tin {k}", "Phòng Văn hóa và Thông tin {u}");
			default -> new Post("Công chức Văn hóa - Xã hội", "UBND {u}");
		}, unit);
	}

	static Post groupDeputy(DemoUnit unit, int index) {
		return fill(switch (unit.level()) {
			case "PROVINCE" -> index == 0 ? new Post("Phó Chánh Văn phòng UBND {k}", "Văn phòng UBND {u}")
					: new Post("Phó Giám đốc Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư");
			case "DISTRICT" -> index == 0 ? new Post("Phó Chánh Văn phòng HĐND và UBND {k}", "Văn phòng HĐND và UBND {u}")
					: new Post("Phó Trưởng phòng Văn hóa và Thông tin {k}", "Phòng Văn hóa và Thông tin {u}");
			default -> new Post("Công chức Văn phòng - Thống kê", "UBND {u}");
		}, unit);
	}

	/** A working group member: staff of one of the committee's agencies, or of a village's digital team. */
	static Post groupMember(DemoUnit unit, int index, String memberAgency) {
		if (unit.level().equals("COMMUNE")) {
			Post village = village(unit, index + 1);
			return new Post("Thành viên Tổ công nghệ số cộng đồng", village.agency());
		}
		String[] grades = { "Chuyên viên", "Phó Trưởng phòng", "Chuyên viên chính" };
		return new Post(grades[index % grades.length], memberAgency);
	}

	private static Post village(DemoUnit unit, int number) {
		return unit.urban()
				? new Post("Tổ trưởng Tổ dân phố số " + number, "Tổ dân phố số " + number + ", " + unit.inSentence())
				: new Post("Trưởng thôn " + number, "Thôn " + number + ", " + unit.inSentence());
	}

	private static Post fill(Post post, DemoUnit unit) {
		return new Post(fill(post.position(), unit), fill(post.agency(), unit));
	}

	static String fill(String template, DemoUnit unit) {
		return template.replace("{k}", unit.kind())
			.replace("{u}", unit.inSentence())
			.replace("{n}", unit.name())
			.replace("{p}", unit.partyCommittee())
			.replace("{y}", unit.youthUnion());
	}

	private static List<Post> posts(String... positionAgencyPairs) {
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < positionAgencyPairs.length; i += 2) {
			posts.add(new Post(positionAgencyPairs[i], positionAgencyPairs[i + 1]));
		}
		return List.copyOf(posts);
	}

}
