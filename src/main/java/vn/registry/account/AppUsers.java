package vn.registry.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUsers extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	List<AppUser> findAllByOrderByUsername();

	/**
	 * Counts a failed login in one statement, so that concurrent attempts all count. The attempt
	 * that reaches {@code maxAttempts} locks the account and starts the count again.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			UPDATE AppUser u
			SET u.failedAttempts = CASE WHEN u.failedAttempts + 1 >= :maxAttempts THEN 0 ELSE u.failedAttempts + 1 END,
			    u.lockedUntil = CASE WHEN u.failedAttempts + 1 >= :maxAttempts THEN :lockUntil ELSE u.lockedUntil END
			WHERE u.username = :username""")
	int recordFailedLogin(@Param("username") String username, @Param("maxAttempts") int maxAttempts,
			@Param("lockUntil") Instant lockUntil);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			UPDATE AppUser u SET u.failedAttempts = 0, u.lockedUntil = NULL
			WHERE u.username = :username AND (u.failedAttempts <> 0 OR u.lockedUntil IS NOT NULL)""")
	int recordSuccessfulLogin(@Param("username") String username);

}
