package vn.dangvu.member.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.dangvu.member.MemberNotFoundException;

/**
 * An unknown member number on a page answers the Vietnamese 404 page; an export of a list longer than an Excel sheet,
 * a page saying so.
 */
@ControllerAdvice(assignableTypes = { MemberController.class, MemberFileController.class, MemberListController.class })
class MemberPagesAdvice {

	@ExceptionHandler
	ModelAndView exportTooLong(ExportTooLongException ex, Principal principal) {
		ModelAndView page = new ModelAndView("member/export-too-long", HttpStatusCode.valueOf(422));
		page.addObject("members", ex.members());
		page.addObject("most", ex.most());
		page.addObject("listLink", ex.listLink());
		page.addObject("currentUser", principal == null ? null : principal.getName());
		return page;
	}

	@ExceptionHandler
	ModelAndView memberNotFound(MemberNotFoundException ex, Principal principal) {
		ModelAndView page = new ModelAndView("member/not-found", HttpStatus.NOT_FOUND);
		page.addObject("message", ex.getMessage());
		// model attributes of other advice are not added to the view of an exception handler: the layout's header needs this
		page.addObject("currentUser", principal == null ? null : principal.getName());
		return page;
	}

}
