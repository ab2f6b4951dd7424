package vn.registry.roster.paste;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Annex tables as clerks paste them, with the rows each must give, to the letter. */
class RosterPasteTest {

	static final List<PasteRole> COMMITTEE = List.of(new PasteRole(1, "Trưởng ban"),
			new PasteRole(2, "Phó Trưởng ban Thường trực"), new PasteRole(3, "Phó Trưởng ban"), new PasteRole(4, "Ủy viên"));

	static final List<PasteRole> GROUP = List.of(new PasteRole(5, "Tổ trưởng"), new PasteRole(6, "Tổ phó"),
			new PasteRole(7, "Thành viên"));

	private static final Map<String, PasteRole> BY_CODE = Map.of("TRUONG_BAN", COMMITTEE.get(0),
			"PHO_TRUONG_BAN_THUONG_TRUC", COMMITTEE.get(1), "PHO_TRUONG_BAN", COMMITTEE.get(2), "UY_VIEN",
			COMMITTEE.get(3), "TO_TRUONG", GROUP.get(0), "TO_PHO", GROUP.get(1), "THANH_VIEN", GROUP.get(2));

	private final RosterPaste committee = new RosterPaste(COMMITTEE);

	private final RosterPaste group = new RosterPaste(GROUP);

	@Test
	void readsThirtyFiveRowsFromASpreadsheetIgnoringTheSerialColumn() throws IOException {
		PasteResult result = committee.parse(resource("annex-35-rows.tsv"));

		assertThat(result.rows()).containsExactly(
				row(2, "TRUONG_BAN", "Nguyễn Văn Thắng", "Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(3, "PHO_TRUONG_BAN_THUONG_TRUC", "Trần Minh Hoàng", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(4, "PHO_TRUONG_BAN", "Lê Thị Thu Hà", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
				row(5, "PHO_TRUONG_BAN", "Phạm Quốc Bảo", "Giám đốc Công an tỉnh", "Công an tỉnh"),
				row(6, "UY_VIEN", "Hoàng Văn Nam", "Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
				row(7, "UY_VIEN", "Đỗ Thị Lan", "Giám đốc Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"),
				row(8, "UY_VIEN", "Vũ Đức Minh", "Giám đốc Sở Tài chính", "Sở Tài chính"),
				row(9, "UY_VIEN", "Bùi Thanh Tùng", "Giám đốc Sở Nội vụ", "Sở Nội vụ"),
				row(10, "UY_VIEN", "Ngô Thị Hồng", "Giám đốc Sở Tư pháp", "Sở Tư pháp"),
				row(11, "UY_VIEN", "Đặng Văn Hải", "Giám đốc Sở Công Thương", "Sở Công Thương"),
				row(12, "UY_VIEN", "Dương Minh Tuấn", "Giám đốc Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
				row(13, "UY_VIEN", "Lý Thị Mai", "Giám đốc Sở Y tế", "Sở Y tế"),
				row(14, "UY_VIEN", "Trịnh Văn Long", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn"),
				row(16, "UY_VIEN", "Mai Xuân Trường", "Giám đốc Sở Giao thông vận tải", "Sở Giao thông vận tải"),
				row(17, "UY_VIEN", "Hồ Thị Ngọc", "Giám đốc Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
				row(18, "UY_VIEN", "Phan Văn Đức", "Giám đốc Sở Xây dựng", "Sở Xây dựng"),
				row(19, "UY_VIEN", "Tạ Thị Kim Oanh", "Giám đốc Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
				row(20, "UY_VIEN", "Cao Văn Sơn", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
				row(21, "UY_VIEN", "Lương Thị Thanh", "Giám đốc Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
				row(22, "UY_VIEN", "Nguyễn Hữu Phước", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
				row(23, "UY_VIEN", "Trần Thị Bích Ngọc", "Chánh Thanh tra tỉnh", "Thanh tra tỉnh"),
				row(24, "UY_VIEN", "Lê Hoàng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
				row(25, "UY_VIEN", "Phạm Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
				row(26, "UY_VIEN", "Võ Minh Khang", "Giám đốc Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh"),
				row(27, "UY_VIEN", "Huỳnh Văn Tâm", "Cục trưởng Cục Thuế tỉnh", "Cục Thuế tỉnh"),
				row(28, "UY_VIEN", "Đinh Thị Yến", "Giám đốc Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"),
				row(29, "UY_VIEN", "Châu Văn Lợi", "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"),
				row(30, "UY_VIEN", "Kiều Thị Phương", "Giám đốc Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
				row(31, "UY_VIEN", "La Văn Thành", "Tổng Biên tập Báo tỉnh", "Báo tỉnh"),
				row(32, "UY_VIEN", "Tôn Nữ Minh Châu", "Giám đốc VNPT tỉnh", "VNPT tỉnh"),
				row(33, "UY_VIEN", "Thái Văn Hùng", "Giám đốc Viettel tỉnh", "Viettel tỉnh"),
				row(34, "UY_VIEN", "Quách Thị Hoa", "Giám đốc Bưu điện tỉnh", "Bưu điện tỉnh"),
				row(35, "UY_VIEN", "Âu Dương Khánh", "Chủ tịch Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"),
				row(36, "UY_VIEN", "Nông Văn Quý", "Bí thư Tỉnh đoàn", "Tỉnh đoàn"),
				row(37, "UY_VIEN", "Lục Thị Vân", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp tỉnh", "kiêm Thư ký"));
		assertThat(result.skipped()).containsExactly("STT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh");
	}

	@Test
	void readsAWordTableThatArrivedOneCellPerLine() {
		String pasted = """
				DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH
				(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/3/2021 của UBND tỉnh)
				STT
				Họ và tên
				Chức vụ, đơn vị công tác
				Chức danh
				1
				Ông Nguyễn Văn An
				Chủ tịch UBND tỉnh
				Trưởng ban
				2
				Bà Trần Thị Bình
				Phó Chủ tịch UBND tỉnh
				Phó Trưởng ban Thường trực
				3.
				Lê Văn Cường
				Giám đốc Sở Thông tin và Truyền thông
				Phó Trưởng ban
				4
				Phạm Thị Dung
				Giám đốc Sở Tài chính
				Ủy viên
				""";

		PasteResult result = committee.parse(pasted);

		assertThat(result.rows()).containsExactly(
				row(7, "TRUONG_BAN", "Nguyễn Văn An", "Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(11, "PHO_TRUONG_BAN_THUONG_TRUC", "Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(15, "PHO_TRUONG_BAN", "Lê Văn Cường", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
				row(19, "UY_VIEN", "Phạm Thị Dung", "Giám đốc Sở Tài chính", "Sở Tài chính"));
		assertThat(result.skipped()).containsExactly("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH",
				"(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/3/2021 của UBND tỉnh)",
				"STT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh");
	}

	@Test
	void readsAWordTableCopiedWithTabsWhoseCellsBrokeOverLines() {
		String pasted = "TT\tHọ và tên\tChức vụ\tNhiệm vụ trong Tổ\n"
				+ "1\tNguyễn Tiến Ninh\tTrưởng phòng Văn hóa và Thông tin huyện\tTổ trưởng\n"
				+ "2\tHà Thị Hậu\tPhó Trưởng phòng Văn hóa\n"
				+ "và Thông tin huyện\tTổ phó\n"
				+ "3\tY Bhin Niê\tChuyên viên Văn phòng HĐND và UBND huyện\tThành viên Tổ giúp việc\n";

		PasteResult result = group.parse(pasted);

		assertThat(result.rows()).containsExactly(
				row(2, "TO_TRUONG", "Nguyễn Tiến Ninh", "Trưởng phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện"),
				row(3, "TO_PHO", "Hà Thị Hậu", "Phó Trưởng phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện"),
				row(5, "THANH_VIEN", "Y Bhin Niê", "Chuyên viên Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện"));
	}

	@Test
	void readsFreeLinesWithHonorificsAndRoles() {
		String pasted = """
				Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh - Phó Trưởng ban Thường trực
				1. Bà Trần Thị Bình – Giám đốc Sở Tài chính: Ủy viên;
				Đồng chí Lê Văn Cường, Chủ tịch UBND tỉnh, Trưởng ban.
				Trưởng ban: Ông Phạm Văn Dũng, Bí thư Tỉnh ủy
				- Ông Hoàng Văn Em, Giám đốc Sở Thông tin và Truyền thông - Phó Trưởng ban
				Đ/c Vũ Thị Giang, Giám đốc Sở Lao động - Thương binh và Xã hội, Ủy viên
				Chủ tịch UBND huyện (Trưởng ban)
				Ông Ngô Văn Hùng, Chuyên viên Văn phòng UBND tỉnh
				Bà Lý Thị Kim, Phó Giám đốc Sở Y tế - Thư ký
				""";

		PasteResult result = committee.parse(pasted);

		assertThat(result.rows()).containsExactly(
				row(1, "PHO_TRUONG_BAN_THUONG_TRUC", "Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(2, "UY_VIEN", "Trần Thị Bình", "Giám đốc Sở Tài chính", "Sở Tài chính"),
				row(3, "TRUONG_BAN", "Lê Văn Cường", "Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(4, "TRUONG_BAN", "Phạm Văn Dũng", "Bí thư Tỉnh ủy", "Tỉnh ủy"),
				row(5, "PHO_TRUONG_BAN", "Hoàng Văn Em", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
				row(6, "UY_VIEN", "Vũ Thị Giang", "Giám đốc Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
				row(7, "TRUONG_BAN", null, "Chủ tịch UBND huyện", "UBND huyện"),
				row(8, null, "Ngô Văn Hùng", "Chuyên viên Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
				row(9, null, "Lý Thị Kim", "Phó Giám đốc Sở Y tế", "Sở Y tế", "Thư ký"));
		assertThat(result.rows().get(7).roleMissing()).isTrue();
		assertThat(result.rows().get(8).hasUnrecognised()).isTrue();
		assertThat(result.skipped()).isEmpty();
	}

	@Test
	void givesComposedTextWhateverFormThePasteCameIn() {
		String composed = "1\tNguyễn Thị Ngọc Ánh\tGiám đốc Sở Thông tin và Truyền thông\tPhó Trưởng ban Thường trực\n"
				+ "2\tĐặng Quốc Việt\tGiám đốc Sở Kế hoạch và Đầu tư\tỦy viên\n";
		String mixed = nfd(composed.substring(0, composed.indexOf('\n') + 1)) + composed.substring(composed.indexOf('\n') + 1);

		PasteResult result = committee.parse(mixed);

		assertThat(mixed).isNotEqualTo(composed);
		assertThat(result.rows()).containsExactly(
				row(1, "PHO_TRUONG_BAN_THUONG_TRUC", "Nguyễn Thị Ngọc Ánh", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
				row(2, "UY_VIEN", "Đặng Quốc Việt", "Giám đốc Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"));
		assertThat(result.rows().get(0).fullName()).isEqualTo(Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFC));
	}

	@Test
	void recognisesDecomposedRoleNamesInFreeLines() {
		PasteResult result = committee.parse(nfd("Bà Phạm Thị Huệ, Phó Giám đốc Sở Nội vụ - Uỷ viên"));

		assertThat(result.rows()).containsExactly(row(1, "UY_VIEN", "Phạm Thị Huệ", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ"));
	}

	@Test
	void ignoresStrayBlankLinesAndSpaces() {
		String pasted = "\n\n  \nÔng Nguyễn Văn A, Chủ tịch UBND tỉnh - Trưởng ban\n\t\n \u00a0\n"
				+ "Bà  Trần\u00a0Thị   Bình ,  Giám đốc Sở Tài chính - Ủy viên  \n\n";

		PasteResult result = committee.parse(pasted);

		assertThat(result.rows()).containsExactly(row(4, "TRUONG_BAN", "Nguyễn Văn A", "Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(7, "UY_VIEN", "Trần Thị Bình", "Giám đốc Sở Tài chính", "Sở Tài chính"));
		assertThat(result.skipped()).isEmpty();
	}

	@Test
	void keepsAndFlagsWhatItCannotPlace() {
		String pasted = "STT\tHọ và tên\tChức vụ\tChức danh\tGhi chú\n"
				+ "1\tNguyễn Văn A\tChủ tịch UBND tỉnh\tTrưởng ban\tSĐT 0912 345 678\n"
				+ "2\tTrần Thị B\tGiám đốc Sở Y tế\tThư ký\t\n"
				+ "II. TỔ GIÚP VIỆC\n";

		PasteResult result = committee.parse(pasted);

		assertThat(result.rows()).containsExactly(
				row(2, "TRUONG_BAN", "Nguyễn Văn A", "Chủ tịch UBND tỉnh", "UBND tỉnh", "SĐT 0912 345 678"),
				row(3, null, "Trần Thị B", "Giám đốc Sở Y tế", "Sở Y tế", "Thư ký"));
		assertThat(result.skipped()).containsExactly("STT | Họ và tên | Chức vụ | Chức danh | Ghi chú", "II. TỔ GIÚP VIỆC");
	}

	@Test
	void aCommitteeRoleIsNotAWorkingGroupRole() {
		PasteResult result = group.parse("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh - Trưởng ban");

		assertThat(result.rows()).containsExactly(row(1, null, "Nguyễn Văn A", "Chủ tịch UBND tỉnh", "UBND tỉnh", "Trưởng ban"));
	}

	@Test
	void recognisesARoleAnAdministratorAdded() {
		RosterPaste withSecretary = new RosterPaste(List.of(new PasteRole(4, "Ủy viên"), new PasteRole(9, "Ủy viên kiêm Thư ký")));

		PasteResult result = withSecretary.parse("1\tLục Thị Vân\tChánh Văn phòng Sở Nội vụ\tỦy viên kiêm thư ký\n");

		assertThat(result.rows()).containsExactly(new PastedRow(1, 9L, "Ủy viên kiêm Thư ký", "Lục Thị Vân",
				"Chánh Văn phòng Sở Nội vụ", "Văn phòng Sở Nội vụ", List.of()));
	}

	@Test
	void nothingPastedGivesNoRows() {
		assertThat(committee.parse(" \n\n").rows()).isEmpty();
		assertThat(committee.parse(null).isEmpty()).isTrue();
	}

	static PastedRow row(int line, String code, String name, String position, String agency, String... unrecognised) {
		PasteRole role = code == null ? null : BY_CODE.get(code);
		return new PastedRow(line, role == null ? null : role.id(), role == null ? null : role.name(), name, position,
				agency, List.of(unrecognised));
	}

	static String resource(String name) throws IOException {
		try (InputStream in = RosterPasteTest.class.getResourceAsStream("/paste/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
