package vn.registry.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee's roster in force on a day (not its working group), in role order: who may chair and attend. */
@Repository
class MeetingRoster {

	private final JdbcClient jdbc;

	MeetingRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Member(long seatId, String roleName, String fullName, String position) {

		/** "Phan Văn Mãi, Bí thư Tỉnh ủy": as a meeting records its chair and attendees. */
		public String label() {
			String name = fullName != null ? fullName : position;
			return fullName != null && position != null ? fullName + ", " + position : name;
		}

	}

	List<Member> on(long committeeId, LocalDate day) {
		return jdbc.sql("""
				SELECT s.id AS seat_id, r.name AS role_name, s.full_name, s.position
				FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :committee AND s.working_group_id IS NULL
				  AND (s.start_on IS NULL OR s.start_on <= :day) AND (s.end_on IS NULL OR s.end_on > :day)
				ORDER BY r.rank, s.sort_order, s.id""")
			.param("committee", committeeId)
			.param("day", day)
			.query(Member.class)
			.list();
	}

	public record Committee(long id, String name) {
	}

	java.util.Optional<Committee> committee(long id) {
		return jdbc.sql("SELECT id, name FROM committee WHERE id = :id").param("id", id).query(Committee.class).optional();
	}

}
