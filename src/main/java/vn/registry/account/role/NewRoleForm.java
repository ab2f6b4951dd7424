package vn.registry.account.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.registry.roster.RoleScope;

/** A new roster role; its code is derived from the Vietnamese name. */
public class NewRoleForm extends RankForm {

	@NotBlank(message = "{admin.role.name.required}")
	@Size(max = 100, message = "{admin.role.name.size}")
	private String name;

	@NotBlank(message = "{admin.role.nameEn.required}")
	@Size(max = 100, message = "{admin.role.name.size}")
	private String nameEn;

	@NotNull(message = "{admin.role.scope.required}")
	private RoleScope scope;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? null : nameEn.strip();
	}

	public RoleScope getScope() {
		return scope;
	}

	public void setScope(RoleScope scope) {
		this.scope = scope;
	}

}
