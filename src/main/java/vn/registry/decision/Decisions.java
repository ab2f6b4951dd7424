package vn.registry.decision;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Decisions extends JpaRepository<Decision, Long> {

	Optional<Decision> findBySubmissionId(UUID submissionId);

	/** The decision with this Số, ký hiệu from this issuer, however the issuer's name is typed. */
	@Query(value = """
			SELECT d.id FROM decision d
			WHERE d.number_symbol = :numberSymbol AND registry_fold(d.issuer) = registry_fold(:issuer)""",
			nativeQuery = true)
	Optional<Long> findIdByIssuerAndNumber(@Param("issuer") String issuer, @Param("numberSymbol") String numberSymbol);

}
