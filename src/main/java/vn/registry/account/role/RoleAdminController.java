package vn.registry.account.role;

import jakarta.validation.Valid;

import vn.registry.account.Notice;
import vn.registry.roster.RoleScope;
import vn.registry.system.FormFailures;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/roles: the roster roles, added, re-ranked, and deleted while no seat holds them. */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

	static final String LIST_VIEW = "admin/roles";

	static final String NEW_VIEW = "admin/role-new";

	static final String RANK_VIEW = "admin/role-rank";

	private static final String REDIRECT_LIST = "redirect:/admin/roles";

	private final RoleAdministration roles;

	private final RoleCatalog catalog;

	private final FormFailures failures;

	RoleAdminController(RoleAdministration roles, RoleCatalog catalog, FormFailures failures) {
		this.failures = failures;
		this.roles = roles;
		this.catalog = catalog;
	}

	@ModelAttribute("scopes")
	RoleScope[] scopes() {
		return RoleScope.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("roles", catalog.list());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newRole(@ModelAttribute("roleForm") NewRoleForm form) {
		return NEW_VIEW;
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("roleForm") NewRoleForm form, BindingResult result, Authentication authentication,
			RedirectAttributes redirect) {
		roles.checkNew(form, result);
		if (result.hasErrors()) {
			return NEW_VIEW;
		}
		try {
			String code = roles.add(form, authentication.getName());
			Notice.success(redirect, "admin.roles.added", form.getName(), code);
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else a moment ago.
			result.rejectValue("name", "admin.role.name.taken");
			return NEW_VIEW;
		}
		catch (RuntimeException ex) {
			failures.reject(ex, result);
			return NEW_VIEW;
		}
		return REDIRECT_LIST;
	}

	@GetMapping("/{id}/rank")
	String rankForm(@PathVariable long id, Model model) {
		RoleRow role = roles.get(id);
		RankForm form = new RankForm();
		form.setRank(role.rank());
		model.addAttribute("role", role);
		model.addAttribute("rankForm", form);
		return RANK_VIEW;
	}

	@PostMapping("/{id}/rank")
	String changeRank(@PathVariable long id, @Valid @ModelAttribute("rankForm") RankForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		RoleRow role = roles.get(id);
		model.addAttribute("role", role);
		roles.checkRank(role, form, result);
		if (result.hasErrors()) {
			return RANK_VIEW;
		}
		try {
			roles.changeRank(id, form.getRank(), authentication.getName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator gave the rank to another role a moment ago.
			result.rejectValue("rank", "admin.role.rank.taken");
			return RANK_VIEW;
		}
		catch (RuntimeException ex) {
			failures.reject(ex, result);
			return RANK_VIEW;
		}
		Notice.success(redirect, "admin.roles.rankChanged", role.name(), String.valueOf(form.getRank()));
		return REDIRECT_LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		RoleRow role = roles.get(id);
		boolean deleted;
		try {
			deleted = roles.delete(id, authentication.getName());
		}
		catch (RuntimeException ex) {
			// A seat took the role a moment ago (its foreign key), or the database is unreachable.
			String key = FormFailures.messageFor(ex).orElseThrow(() -> ex);
			if (FormFailures.UNAVAILABLE.equals(key)) {
				Notice.error(redirect, key);
				return REDIRECT_LIST;
			}
			deleted = false;
		}
		if (deleted) {
			Notice.success(redirect, "admin.roles.deleted", role.name());
		}
		else {
			long seats = catalog.find(id).map(RoleRow::seats).orElse(0L);
			Notice.error(redirect, "admin.roles.inUse", role.name(), String.valueOf(seats));
		}
		return REDIRECT_LIST;
	}

}
