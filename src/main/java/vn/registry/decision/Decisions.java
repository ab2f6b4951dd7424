package vn.registry.decision;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Decisions extends JpaRepository<Decision, Long> {

	Optional<Decision> findBySubmissionId(UUID submissionId);

	/**
	 * The decision of this issuer (however its name is typed) with this number key signed in this year:
	 * numbers without a year restart every year, so the same number in another year is no duplicate.
	 * Mirrors the unique index decision_number_unique_per_year.
	 */
	@Query(value = """
			SELECT d.id FROM decision d
			WHERE d.number_key = :numberKey AND registry_fold(d.issuer) = registry_fold(:issuer)
			  AND date_part('year', d.signed_on) = :year""", nativeQuery = true)
	Optional<Long> findDuplicate(@Param("issuer") String issuer, @Param("numberKey") String numberKey,
			@Param("year") int year);

}
