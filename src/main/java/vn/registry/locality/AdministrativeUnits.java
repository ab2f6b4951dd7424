package vn.registry.locality;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, Long> {
}
