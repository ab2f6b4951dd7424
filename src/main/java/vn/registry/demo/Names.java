package vn.registry.demo;

import java.util.SplittableRandom;

/**
 * Vietnamese full names drawn from common family, middle and given names, with family names about
 * as frequent as in the population (Nguyễn for nearly four in ten).
 */
final class Names {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương", "Cao", "Tô", "Hà",
			"Lâm", "Tạ" };

	/** How many in {@link #FAMILY_TOTAL} people bear each family name above. */
	private static final int[] FAMILY_WEIGHT = { 38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
			1, 1, 1 };

	private static final int FAMILY_TOTAL = 104;

	private static final String[] MALE_MIDDLE = { "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Đình",
			"Ngọc", "Thanh", "Anh", "Tiến", "Trọng", "Quốc", "Mạnh", "Bá", "Thành" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh",
			"Phương", "Kim", "Mỹ", "Bích", "Thùy", "Hoài" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Hưng", "Khoa",
			"Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung",
			"Tuấn", "Việt", "Vinh", "Hiếu", "Khánh", "Lâm", "Nghĩa", "Tâm", "Thạch", "Tiến", "Hoàng", "Huy", "Lợi",
			"Quyết", "Tùng", "Hòa", "Thuận", "Định" };

	private static final String[] FEMALE_GIVEN = { "Anh", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh",
			"Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân",
			"Yến", "Hiền", "Liên", "Huyền", "Dung", "Thu", "Xuân", "Hồng", "Giang" };

	private Names() {
	}

	static String next(SplittableRandom random) {
		boolean female = random.nextInt(100) < 28;
		String family = family(random);
		String middle = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
		String given = pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
		return family + " " + middle + " " + given;
	}

	private static String family(SplittableRandom random) {
		int roll = random.nextInt(FAMILY_TOTAL);
		int i = 0;
		while (roll >= FAMILY_WEIGHT[i]) {
			roll -= FAMILY_WEIGHT[i++];
		}
		return FAMILY[i];
	}

	private static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
