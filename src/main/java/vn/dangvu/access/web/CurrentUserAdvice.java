package vn.dangvu.access.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.dangvu.access.AccessScope;

/** Puts the logged-in user's name and menu in every page's model, for the layout. */
@ControllerAdvice
class CurrentUserAdvice {

	private final AccessScope scope;

	CurrentUserAdvice(AccessScope scope) {
		this.scope = scope;
	}

	@ModelAttribute("currentUser")
	String currentUser(Principal principal) {
		return principal == null ? null : principal.getName();
	}

	@ModelAttribute("menu")
	Menu menu(Principal principal) {
		return principal == null ? Menu.NONE : Menu.of(scope.current());
	}

}
