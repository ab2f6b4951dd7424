package vn.registry.account.role;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Role codes are made from the Vietnamese name the way the seeded codes were. */
class RoleCodesTest {

	@Test
	void foldsTheVietnameseNameToTheSeedStyle() {
		assertThat(RoleCodes.derive("Phó Trưởng ban Thường trực", code -> false)).isEqualTo("PHO_TRUONG_BAN_THUONG_TRUC");
		assertThat(RoleCodes.derive("Ủy viên", code -> false)).isEqualTo("UY_VIEN");
		assertThat(RoleCodes.derive("  Đại diện (khách mời)  ", code -> false)).isEqualTo("DAI_DIEN_KHACH_MOI");
	}

	@Test
	void numbersACodeThatIsTaken() {
		Set<String> taken = Set.of("THANH_VIEN", "THANH_VIEN_2");

		assertThat(RoleCodes.derive("Thành viên", taken::contains)).isEqualTo("THANH_VIEN_3");
	}

	@Test
	void keepsWithinTheColumnWidth() {
		String name = "Phó Trưởng ban phụ trách công nghệ thông tin và chuyển đổi số";

		assertThat(RoleCodes.derive(name, code -> false)).hasSizeLessThanOrEqualTo(RoleCodes.MAX_LENGTH)
			.startsWith("PHO_TRUONG_BAN_PHU_TRACH")
			.doesNotEndWith("_");
		assertThat(RoleCodes.derive(name, code -> !code.endsWith("_2"))).hasSizeLessThanOrEqualTo(RoleCodes.MAX_LENGTH)
			.endsWith("_2");
	}

	@Test
	void aNameWithoutLettersStillGetsACode() {
		assertThat(RoleCodes.derive("—", code -> false)).isEqualTo("VAI_TRO");
	}

}
