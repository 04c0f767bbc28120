package vn.dangvu.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page ("Đăng nhập"). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "access/login";
	}

}
