package vn.registry.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles are reference data whose rank orders every roster. */
class RolesTest extends RegistryTestSupport {

	@Test
	void committeeRolesRankFromHeadToMember() {
		assertThat(namesByRank("COMMITTEE")).containsExactly("Trưởng ban", "Phó Trưởng ban Thường trực",
				"Phó Trưởng ban", "Ủy viên");
	}

	@Test
	void workingGroupRolesRankFromLeaderToMember() {
		assertThat(namesByRank("WORKING_GROUP")).containsExactly("Tổ trưởng", "Tổ phó", "Thành viên");
	}

	@Test
	void noTwoRolesOfAScopeShareARank() {
		long shared = jdbc.sql("SELECT count(*) FROM (SELECT scope, rank FROM role GROUP BY scope, rank HAVING count(*) > 1) t")
			.query(Long.class)
			.single();

		assertThat(shared).isZero();
	}

	@Test
	void everyRoleHasAnEnglishName() {
		assertThat(jdbc.sql("SELECT name_en FROM role ORDER BY scope, rank").query(String.class).list())
			.containsExactly("Head", "Standing Deputy Head", "Deputy Head", "Member", "Group leader",
					"Deputy group leader", "Group member");
	}

	private List<String> namesByRank(String scope) {
		return jdbc.sql("SELECT name FROM role WHERE scope = :scope ORDER BY rank")
			.param("scope", scope)
			.query(String.class)
			.list();
	}

}
