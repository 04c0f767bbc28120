package vn.dangvu.access.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.access.AccessScope;
import vn.dangvu.access.PasswordPolicy;
import vn.dangvu.access.PasswordRejectedException;
import vn.dangvu.access.UserRejectedException;
import vn.dangvu.access.Users;

/**
 * The signed-in user's own page ("Tài khoản"): their roles and scopes, the password change, and their API tokens —
 * issued here (the token is shown once, on the page that follows) and revoked here. Every role reaches it, LEADER and
 * MEMBER included: it changes only the user's own account.
 */
@Controller
class ProfileController {

	/** The password form. */
	record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
	}

	private final Users users;

	private final AccessScope scope;

	ProfileController(Users users, AccessScope scope) {
		this.users = users;
		this.scope = scope;
	}

	@GetMapping("/profile")
	String profile(Principal principal, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		}
		return show(principal, model);
	}

	private String show(Principal principal, Model model) {
		model.addAttribute("grants", scope.current().grants());
		model.addAttribute("tokens", users.tokens(principal.getName()));
		model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
		model.addAttribute("zone", java.time.ZoneId.systemDefault());
		return "access/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		try {
			users.changePassword(principal.getName(), form.currentPassword(), form.newPassword(),
					form.confirmPassword());
		}
		catch (PasswordRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), new Object[] { PasswordPolicy.MINIMUM_LENGTH }, null);
			return show(principal, model); // password inputs never show what was typed
		}
		redirect.addFlashAttribute("done", "profile.password.changed");
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	String newToken(@RequestParam(required = false) String label, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newToken", users.newToken(principal.getName(), label));
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			users.revokeToken(principal.getName(), id);
			redirect.addFlashAttribute("done", "profile.tokens.revoked");
		}
		catch (UserRejectedException ex) {
			redirect.addFlashAttribute("failed", "profile.tokens.notRevoked");
		}
		return "redirect:/profile";
	}

}
