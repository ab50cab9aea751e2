package no.fakturaflyt.common.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The screens' login form; Spring Security takes the POST (security.SecurityConfig#screens). */
@ScreenController
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "common/login";
    }
}
