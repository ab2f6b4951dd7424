package vn.registry.roster;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.registry.model.BaseEntity;

/** A role on a roster; its rank orders the roster (lower first). */
@Entity
@Table(name = "role")
public class Role extends BaseEntity {

	public static final String HEAD = "TRUONG_BAN";

	public static final String STANDING_DEPUTY = "PHO_TRUONG_BAN_THUONG_TRUC";

	public static final String GROUP_LEADER = "TO_TRUONG";

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RoleScope scope;

	@Column(nullable = false)
	private int rank;

	protected Role() {
	}

	public Role(String code, String name, String nameEn, RoleScope scope, int rank) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.scope = scope;
		this.rank = rank;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}

	public RoleScope getScope() {
		return scope;
	}

	public int getRank() {
		return rank;
	}

	public void setRank(int rank) {
		this.rank = rank;
	}

}
