package vn.registry.account.role;

import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the roster roles, each recorded in the change log under the administrator's name. */
@Service
class RoleAdministration {

	private final RoleCatalog roles;

	private final AuditUser audit;

	RoleAdministration(RoleCatalog roles, AuditUser audit) {
		this.roles = roles;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	RoleRow get(long id) {
		return roles.find(id).orElseThrow(NotFoundException::new);
	}

	/** The rules the database cannot say at the field: a name once per scope, a rank once per scope. */
	@Transactional(readOnly = true)
	void checkNew(NewRoleForm form, Errors errors) {
		if (form.getScope() == null) {
			return;
		}
		if (!errors.hasFieldErrors("name") && roles.nameTaken(form.getScope(), form.getName())) {
			errors.rejectValue("name", "admin.role.name.taken");
		}
		if (!errors.hasFieldErrors("rank") && roles.rankTaken(form.getScope(), form.getRank(), null)) {
			errors.rejectValue("rank", "admin.role.rank.taken");
		}
	}

	@Transactional(readOnly = true)
	void checkRank(RoleRow role, RankForm form, Errors errors) {
		if (!errors.hasFieldErrors("rank") && roles.rankTaken(role.scope(), form.getRank(), role.id())) {
			errors.rejectValue("rank", "admin.role.rank.taken");
		}
	}

	@Transactional
	String add(NewRoleForm form, String actingUsername) {
		audit.name(actingUsername);
		String code = RoleCodes.derive(form.getName(), roles::codeTaken);
		roles.insert(code, form.getName(), form.getNameEn(), form.getScope(), form.getRank());
		return code;
	}

	@Transactional
	void changeRank(long id, int rank, String actingUsername) {
		audit.name(actingUsername);
		roles.updateRank(id, rank);
	}

	/** Answers false, deleting nothing, when a seat holds the role. */
	@Transactional
	boolean delete(long id, String actingUsername) {
		audit.name(actingUsername);
		return roles.deleteUnused(id);
	}

}
