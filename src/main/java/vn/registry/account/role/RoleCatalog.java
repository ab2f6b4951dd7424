package vn.registry.account.role;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.registry.roster.RoleScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The role table as the administrator edits it: plain SQL, the constraints stay in the schema. */
@Repository
class RoleCatalog {

	private static final String SELECT = """
			SELECT r.id, r.code, r.name, r.name_en, r.scope, r.rank,
			       (SELECT count(*) FROM seat s WHERE s.role_id = r.id) AS seats
			FROM role r""";

	private final JdbcClient jdbc;

	RoleCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RoleRow> list() {
		return jdbc.sql(SELECT + " ORDER BY r.scope, r.rank, r.id").query(RoleRow.class).list();
	}

	Optional<RoleRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(RoleRow.class).optional();
	}

	/** Whether the scope has a role of this name in any letter case ("ủy viên" is "Ủy viên"). */
	boolean nameTaken(RoleScope scope, String name) {
		// Compared here: the database's lower() leaves Vietnamese capitals alone under the C locale.
		String wanted = fold(name);
		return jdbc.sql("SELECT name FROM role WHERE scope = :scope")
			.param("scope", scope.name())
			.query(String.class)
			.list()
			.stream()
			.anyMatch(existing -> fold(existing).equals(wanted));
	}

	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
	}

	boolean rankTaken(RoleScope scope, int rank, Long exceptId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM role WHERE scope = :scope AND rank = :rank AND id <> :except)""")
			.param("scope", scope.name())
			.param("rank", rank)
			.param("except", exceptId == null ? -1L : exceptId)
			.query(Boolean.class)
			.single();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM role WHERE code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	long insert(String code, String name, String nameEn, RoleScope scope, int rank) {
		return jdbc.sql("""
				INSERT INTO role (code, name, name_en, scope, rank) VALUES (:code, :name, :nameEn, :scope, :rank)
				RETURNING id""")
			.param("code", code)
			.param("name", name)
			.param("nameEn", nameEn)
			.param("scope", scope.name())
			.param("rank", rank)
			.query(Long.class)
			.single();
	}

	void updateRank(long id, int rank) {
		jdbc.sql("UPDATE role SET rank = :rank WHERE id = :id").param("rank", rank).param("id", id).update();
	}

	/** Deletes the role unless a seat holds it (then answers false and deletes nothing). */
	boolean deleteUnused(long id) {
		return jdbc.sql("DELETE FROM role r WHERE r.id = :id AND NOT EXISTS (SELECT 1 FROM seat s WHERE s.role_id = r.id)")
			.param("id", id)
			.update() == 1;
	}

}
