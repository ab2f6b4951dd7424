package vn.registry.locality;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.registry.model.BaseEntity;

/** A province, district or commune, as the statistics office lists it, with its period. Read-only here. */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "full_name", nullable = false, updatable = false)
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Level level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id", updatable = false)
	private AdministrativeUnit parent;

	@Column(name = "valid_from", updatable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to", updatable = false)
	private LocalDate validTo;

	protected AdministrativeUnit() {
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getFullName() {
		return fullName;
	}

	public Level getLevel() {
		return level;
	}

	public AdministrativeUnit getParent() {
		return parent;
	}

	/** True when the unit existed on that day. */
	public boolean existsOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
	}

}
