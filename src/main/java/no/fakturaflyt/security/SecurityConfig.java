package no.fakturaflyt.security;

import static no.fakturaflyt.security.Roles.ADMINS;
import static no.fakturaflyt.security.Roles.AUDITORS;
import static no.fakturaflyt.security.Roles.CLERKS;
import static no.fakturaflyt.security.Roles.PROCESS_OWNERS;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint needs a login. Our API: HTTP Basic against Camunda's identity service, roles from its groups.
 * Engine REST: Camunda's own Basic authentication filter. Webapps (Cockpit, Tasklist, Admin): their own login page.
 * The screens (everything else, from {@code /}): a login form with a session, CSRF tokens and logout, against the
 * same identity service and so through the same login throttle. Only the health probe and the screens' login page
 * and assets are open, and the calls of outside parties that prove themselves with a key of their own (the provider
 * sandbox, the collection agency's callback).
 */
@Configuration
class SecurityConfig {

    /** Paths that are not the screens': our API, the engine's doors, the API documentation and the probes. */
    private static final String[] NOT_SCREENS = {"/api/**", "/engine-rest/**", "/camunda/**", "/camunda-welcome",
        "/actuator/**", "/sandbox/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/error"};

    /**
     * The screens: session login by form (POST /login), CSRF tokens on every change, POST /logout. Anyone with a
     * role reads; clerks and admins change; {@code /admin/**} is the admins'; the SAF-T file the admins' and
     * auditors' (as GET /api/saft). Pages hide what the user may not do
     * (docs/screens.md), and these rules refuse it anyway.
     */
    @Bean
    @Order(1)
    SecurityFilterChain screens(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService) throws Exception {
        String clerk = Roles.authority(CLERKS).substring(5);
        String admin = Roles.authority(ADMINS).substring(5);
        String owner = Roles.authority(PROCESS_OWNERS).substring(5);
        String auditor = Roles.authority(AUDITORS).substring(5);
        RequestMatcher notScreens = new OrRequestMatcher(java.util.Arrays.stream(NOT_SCREENS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        http.securityMatcher(new NegatedRequestMatcher(notScreens))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                        // the company's invoice template: admins and process owners, as at the API
                        .requestMatchers(HttpMethod.POST, "/admin/invoice-templates").hasAnyRole(admin, owner)
                        .requestMatchers("/admin/**").hasRole(admin)
                        .requestMatchers("/ledger/saft", "/ledger/saft/**").hasAnyRole(admin, auditor)
                        // the reminder policy's candidates, what-if, deployment and migration: process owners'
                        .requestMatchers(HttpMethod.POST, "/reminder-policy/**").hasAnyRole(admin, owner)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(clerk, admin, owner, auditor)
                        .anyRequest().hasAnyRole(clerk, admin))
                // the invoice PDFs are shown in a frame of our own pages
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(EngineAuthenticationFilter.forScreens(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ObjectMapper json) throws Exception {
        String clerk = Roles.authority(CLERKS).substring(5);
        String admin = Roles.authority(ADMINS).substring(5);
        String owner = Roles.authority(PROCESS_OWNERS).substring(5);
        String auditor = Roles.authority(AUDITORS).substring(5);
        http.authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // the webapps and the engine REST API authenticate with Camunda's own filters;
                        // /camunda-welcome is the webapps' first-visit probe from their login page: a Basic
                        // challenge there pops up the browser's login dialog and blocks the page
                        .requestMatchers("/camunda/**", "/camunda-welcome", "/engine-rest/**", "/error").permitAll()
                        // the sandbox of the outside delivery providers (only served with
                        // fakturaflyt.sandbox.enabled): a simulated outside party called by our own Feign clients,
                        // which hold provider credentials, not a user's login. Like a real provider it checks its own
                        // API key (X-Api-Key, fakturaflyt.sandbox.api-key) itself, so the user login stays out of it
                        .requestMatchers("/sandbox/**").permitAll()
                        // the collection agency's callback: a machine reporting a case paid or closed, signed with
                        // the agency's own secret (fakturaflyt.collection-agency.callback-secret: HMAC over id,
                        // timestamp and body, each id taken once), which the dunning module checks itself (401
                        // without it). Only this one POST; the rest of /api/** below
                        .requestMatchers(HttpMethod.POST, "/api/collection-agency/callback").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/company/**").hasRole(admin)
                        .requestMatchers(HttpMethod.PUT, "/api/invoice-templates/**").hasAnyRole(admin, owner)
                        .requestMatchers(HttpMethod.PUT, "/api/follow-up/settings").hasRole(admin)
                        .requestMatchers(HttpMethod.POST, "/api/legal-rates").hasRole(admin)
                        // fiscal years and the chart of accounts are the books' set-up: the admin's
                        .requestMatchers(HttpMethod.POST, "/api/fiscal-years/**").hasRole(admin)
                        .requestMatchers(HttpMethod.POST, "/api/ledger/chart").hasRole(admin)
                        // the SAF-T file holds the whole ledger: for the admin and the auditor, not the clerk
                        .requestMatchers(HttpMethod.GET, "/api/saft").hasAnyRole(admin, auditor)
                        // the sales terms, fee and rounding are company settings like the others
                        .requestMatchers(HttpMethod.PUT, "/api/sales/settings").hasRole(admin)
                        .requestMatchers(HttpMethod.PUT, "/api/mail-templates/**").hasAnyRole(admin, owner)
                        .requestMatchers(HttpMethod.POST, "/api/reminder-policy/**").hasAnyRole(admin, owner)
                        .requestMatchers(HttpMethod.GET, "/api/demo/**").hasAnyRole(clerk, admin, owner, auditor)
                        .requestMatchers("/api/demo/**").hasAnyRole(clerk, admin)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(clerk, admin, owner, auditor)
                        .requestMatchers("/api/**").hasAnyRole(clerk, admin)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Fakturaflyt"))
                // no session logins on the API (stateless Basic): cross-site requests are refused by
                // CrossSiteRequestFilter instead of CSRF tokens
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteRequestFilter(json), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(EngineAuthenticationFilter.forApi(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Before everything else, on every dispatch: the request whose client address the login throttle counts. */
    @Bean
    FilterRegistrationBean<ClientRequestFilter> clientRequest() {
        FilterRegistrationBean<ClientRequestFilter> registration = new FilterRegistrationBean<>(
                new ClientRequestFilter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.setName("client-request");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }
}
