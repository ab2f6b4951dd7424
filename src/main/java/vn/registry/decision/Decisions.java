package vn.registry.decision;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Decisions extends JpaRepository<Decision, Long> {

	Optional<Decision> findBySubmissionId(UUID submissionId);

	/** The committee's newest decision still in force (not annulled): the only one that may be annulled. */
	@Query(value = """
			SELECT d.id FROM decision d WHERE d.committee_id = :committee AND d.annulled_at IS NULL
			ORDER BY d.id DESC LIMIT 1""", nativeQuery = true)
	Optional<Long> findLatestInForce(@Param("committee") long committeeId);

	/** The committees an establishment replaced (thay thế). */
	@Query(value = "SELECT cs.committee_id FROM committee_succession cs WHERE cs.decision_id = :decision", nativeQuery = true)
	java.util.List<Long> findCommitteesReplacedBy(@Param("decision") long decisionId);

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
