package vn.registry.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Committees extends JpaRepository<Committee, Long> {

	/** Active committees of a unit whose name folds to the same text (case, diacritics, apostrophes). */
	@Query(value = """
			SELECT c.id FROM committee c WHERE c.unit_id = :unitId AND c.status = 'ACTIVE'
			  AND registry_fold(c.name) = registry_fold(:name)""", nativeQuery = true)
	List<Long> findActiveWithSameName(@Param("unitId") long unitId, @Param("name") String name);

}
