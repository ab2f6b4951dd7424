package vn.registry.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Committees extends JpaRepository<Committee, Long> {

	/** Active committees of a unit whose name folds to the same text (case, diacritics, apostrophes). */
	@Query(value = """
			SELECT c.id FROM committee c WHERE c.unit_id = :unitId AND c.status = 'ACTIVE'
			  AND registry_fold(c.name) = registry_fold(:name)""", nativeQuery = true)
	List<Long> findActiveWithSameName(@Param("unitId") long unitId, @Param("name") String name);

	/** A committee by its id and name, as a warning names it. */
	interface NamedCommittee {

		Long getId();

		String getName();

	}

	@Query(value = "SELECT c.id AS id, c.name AS name FROM committee c WHERE c.unit_id = :unitId AND c.status = 'ACTIVE' ORDER BY c.id",
			nativeQuery = true)
	List<NamedCommittee> findActiveOfUnit(@Param("unitId") long unitId);

	@Query(value = "SELECT c.unit_id FROM committee c WHERE c.id = :id", nativeQuery = true)
	Optional<Long> findUnitId(@Param("id") long id);

	/** The committees, by id, that are not active (dissolved or replaced): they can be replaced no more. */
	@Query(value = "SELECT c.name FROM committee c WHERE c.id IN (:ids) AND c.status <> 'ACTIVE' ORDER BY c.id", nativeQuery = true)
	List<String> findNamesOfInactive(@Param("ids") List<Long> ids);

	@Query(value = "SELECT count(*) FROM committee c WHERE c.id IN (:ids)", nativeQuery = true)
	long countExisting(@Param("ids") List<Long> ids);

}
