package vn.dangvu.access.web;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.access.AccessScope;
import vn.dangvu.access.CurrentUser;
import vn.dangvu.access.Role;
import vn.dangvu.access.UserRejectedException;
import vn.dangvu.access.UserSummary;
import vn.dangvu.access.Users;

/**
 * User administration, for administrators (everyone) and organization officers (the accounts of their subtree): the
 * list, a new account with its role and scope (the one-time password shown once), disabling and enabling an account,
 * and a new one-time password. An officer never gives the administrator role. The guard answers 404 for an account
 * the caller may not administer ({@code {username}}) and 403 for an organization outside their scope ({@code org}).
 */
@Controller
class UserAdminController {

	/** The new account form: {@code org} for the roles scoped to an organization, {@code memberNo} for MEMBER. */
	record UserForm(String username, Role role, String org, String memberNo) {

		String scope() {
			String scope = role == Role.MEMBER ? memberNo : org;
			return scope == null || scope.isBlank() ? null : scope.strip();
		}

	}

	private final Users users;

	private final AccessScope scope;

	UserAdminController(Users users, AccessScope scope) {
		this.users = users;
		this.scope = scope;
	}

	@GetMapping("/users")
	String list(@RequestParam(required = false) String org, Model model) {
		CurrentUser me = scope.current();
		String within = org == null || org.isBlank() ? null : org.strip();
		Set<String> codes = within == null ? null : scope.subtreeToday(within);
		List<UserSummary> shown = users.list()
			.stream()
			.filter(u -> codes == null || u.grants().stream().anyMatch(g -> scope.grantWithin(g, codes)))
			.filter(u -> me.isAdministrator() || (!u.grants().isEmpty()
					&& u.grants().stream().allMatch(g -> scope.mayGrant(me, g.role(), g.scope()))))
			.toList();
		model.addAttribute("org", within);
		model.addAttribute("users", shown);
		return "access/users";
	}

	@GetMapping("/users/new")
	String form(@RequestParam(required = false) String org, Model model) {
		model.addAttribute("userForm", new UserForm(null, Role.LEADER, org, null));
		return showForm(model);
	}

	private String showForm(Model model) {
		CurrentUser me = scope.current();
		model.addAttribute("roles",
				me.isAdministrator() ? List.of(Role.values()) : List.of(Role.ORG_OFFICER, Role.SECRETARY, Role.LEADER, Role.MEMBER));
		return "access/user-form";
	}

	@PostMapping("/users")
	String add(@ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.role() == null) {
			result.rejectValue("role", "NotNull");
			return showForm(model);
		}
		if (!scope.mayGrant(scope.current(), form.role(), form.scope())) {
			result.reject("users.form.roleNotAllowed");
			return showForm(model);
		}
		try {
			String password = users.add(form.username(), form.role(), form.scope());
			redirect.addFlashAttribute("createdUser", form.username().strip().toLowerCase());
			redirect.addFlashAttribute("oneTimePassword", password);
		}
		catch (UserRejectedException ex) {
			result.reject("refused", ex.getMessage());
			return showForm(model);
		}
		return redirectToList(form.role() == Role.MEMBER ? null : form.scope());
	}

	@PostMapping("/users/{username}/disable")
	String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		if (username.equalsIgnoreCase(principal.getName())) {
			redirect.addFlashAttribute("failed", "users.notSelf");
		}
		else {
			users.disable(username);
			redirect.addFlashAttribute("done", "users.disabledDone");
			redirect.addFlashAttribute("doneUser", username);
		}
		return redirectToList(null);
	}

	@PostMapping("/users/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		users.enable(username);
		redirect.addFlashAttribute("done", "users.enabledDone");
		redirect.addFlashAttribute("doneUser", username);
		return redirectToList(null);
	}

	@PostMapping("/users/{username}/password")
	String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
		redirect.addFlashAttribute("resetUser", username);
		redirect.addFlashAttribute("oneTimePassword", users.resetPassword(username));
		return redirectToList(null);
	}

	private static String redirectToList(String org) {
		return "redirect:" + UriComponentsBuilder.fromPath("/users").queryParamIfPresent("org",
				java.util.Optional.ofNullable(org)).encode().build().toUriString();
	}

}
