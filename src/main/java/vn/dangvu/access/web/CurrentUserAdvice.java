package vn.dangvu.access.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user's name in every page's model, for the layout's header. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	String currentUser(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
