package vn.registry.roster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Roles extends JpaRepository<Role, Long> {

	List<Role> findByScopeOrderByRank(RoleScope scope);

}
