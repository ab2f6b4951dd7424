package vn.registry.locality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.registry.model.BaseEntity;

/** A province, district or commune, as the statistics office lists it. Read-only here. */
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

}
