package vn.registry.roster;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Seats extends JpaRepository<Seat, Long> {
}
