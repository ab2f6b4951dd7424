package vn.registry.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The functions and tasks (chức năng, nhiệm vụ) a demo committee's establishing decision lists. */
final class Tasks {

	private static final List<String> TASKS = List.of(
			"Nghiên cứu, tham mưu UBND {u} ban hành chủ trương, chính sách, kế hoạch thúc đẩy chuyển đổi số trên địa bàn.",
			"Chỉ đạo, điều phối việc xây dựng chính quyền số, phát triển kinh tế số và xã hội số của {u}.",
			"Chỉ đạo phát triển hạ tầng số, nền tảng số và cơ sở dữ liệu dùng chung; bảo đảm kết nối, chia sẻ dữ liệu.",
			"Chỉ đạo đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình và thanh toán không dùng tiền mặt.",
			"Chỉ đạo bảo đảm an toàn, an ninh thông tin mạng trong hoạt động của các cơ quan nhà nước trên địa bàn.",
			"Chỉ đạo tuyên truyền, nâng cao nhận thức, phổ cập kỹ năng số cho cán bộ, công chức và người dân.",
			"Đôn đốc, kiểm tra các cơ quan, đơn vị thực hiện nhiệm vụ chuyển đổi số được giao; định kỳ sơ kết, "
					+ "đánh giá và báo cáo kết quả.");

	private static final String COMMUNITY = "Chỉ đạo các Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, "
			+ "sử dụng các nền tảng số và dịch vụ công trực tuyến.";

	private static final String AMENDMENT = "Chỉ đạo triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh "
			+ "và xác thực điện tử (Đề án 06) trên địa bàn {u}.";

	private Tasks() {
	}

	/** Adds three to six of the tasks, in their usual order; returns how many. */
	static int add(CopyTable table, long committeeId, DemoIds ids, DemoUnit unit, SplittableRandom random) {
		int position = 0;
		for (String task : TASKS) {
			if (position < 2 || random.nextInt(100) < 55) {
				table.add(ids.task(), committeeId, ++position, Posts.fill(task, unit));
			}
		}
		if (unit.level().equals("COMMUNE") && random.nextInt(100) < 60) {
			table.add(ids.task(), committeeId, ++position, COMMUNITY);
		}
		return position;
	}

	/** The task a later decision adds (bổ sung nhiệm vụ). */
	static void amend(CopyTable table, long committeeId, DemoIds ids, DemoUnit unit, int taskCount) {
		table.add(ids.task(), committeeId, taskCount + 1, Posts.fill(AMENDMENT, unit));
	}

}
