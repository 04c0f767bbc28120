package vn.dangvu.importing.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.dangvu.importing.DemoData;

/** Puts the progress of the first-start demo data, while it loads, in every page's model (the layout's banner). */
@ControllerAdvice
class DemoDataAdvice {

	private final DemoData demo;

	DemoDataAdvice(DemoData demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoLoading")
	String demoLoading() {
		return demo.progress().orElse(null);
	}

}
