package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may do what: our API's roles, the engine REST API, the OpenAPI document, and Camunda's authorizations. */
@FakturaflytTest
class SecurityTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired no.fakturaflyt.support.Jobs jobs;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentitySetup identitySetup;
    @Autowired LoginThrottle throttle;

    /**
     * Wrong passwords are tried on a user of their own: failed logins make that user wait before the next try from
     * the same address (LoginThrottle), and the seeded users must stay usable for every other test.
     */
    private static final String PROBE = "wrong-password-probe";

    @BeforeEach
    void setUp() {
        if (identityService.createUserQuery().userId(PROBE).count() == 0) {
            User user = identityService.newUser(PROBE);
            user.setPassword(PROBE);
            identityService.saveUser(user);
            identityService.createMembership(PROBE, Roles.CLERKS);
        }
        identityService.unlockUser(PROBE);
    }

    // --- logging in ---

    @Test
    void withoutLoginTheApiAnswers401() {
        ResponseEntity<String> response = rest.getForEntity("/api/customers", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void aWrongPasswordAnswers401() {
        ResponseEntity<String> response = rest.withBasicAuth(PROBE, "not-the-password")
                .getForEntity("/api/customers", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).doesNotContain("customerNumber");
    }

    @Test
    void theProbeUserGetsInWithItsPassword() {
        // the control for the wrong-password cases: the probe is a working clerk login
        ResponseEntity<String> response = rest.withBasicAuth(PROBE, PROBE).getForEntity("/api/customers", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownUserAnswers401() {
        ResponseEntity<String> response = rest.withBasicAuth("mallory", "mallory")
                .getForEntity("/api/customers", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRightPasswordLetsTheClerkIn() {
        ResponseEntity<String> response = rest.withBasicAuth("clerk", "clerk")
                .getForEntity("/api/customers", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // --- roles in our API ---

    @Test
    void onlyAdminsChangeTheCompanySettings() {
        Map<String, Object> before = get("admin", "/api/company");
        Map<String, Object> form = new LinkedHashMap<>(before);
        form.remove("hasLogo");
        form.remove("updatedAt");
        form.put("name", "Overtatt av kontoret AS");

        ResponseEntity<String> clerk = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/company", HttpMethod.PUT, new HttpEntity<>(form), String.class);

        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "/api/company")).isEqualTo(before);
    }

    @Test
    void theAuditorReadsInvoicesButChangesNothing() {
        ResponseEntity<String> invoices = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/invoices", String.class);
        assertThat(invoices.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(invoices.getBody()).startsWith("[");

        long customers = customers();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("type", "BUSINESS");
        customer.put("name", "Revisors egen kunde AS");
        customer.put("orgNumber", TestData.orgNumber());
        customer.put("addressLine1", "Gata 1");
        customer.put("postalCode", "0150");
        customer.put("city", "Oslo");
        ResponseEntity<String> created = rest.withBasicAuth("auditor", "auditor")
                .postForEntity("/api/customers", customer, String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(customers()).isEqualTo(customers);

        // the same request from a clerk is fine: it was the role that was refused, not the form
        ResponseEntity<String> byClerk = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/customers", customer, String.class);
        assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void processOwnersChangeTheMailTemplatesAndClerksDoNot() {
        Map<String, Object> original = get("owner", "/api/mail-templates/INVOICE/nb");
        String subject = (String) original.get("subject");
        String body = (String) original.get("body");
        try {
            ResponseEntity<Map<String, Object>> byOwner = rest.withBasicAuth("owner", "owner").exchange(
                    "/api/mail-templates/INVOICE/nb", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("subject", "Faktura {invoiceNumber} fra {companyName}", "body", body)),
                    JSON);
            assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get("clerk", "/api/mail-templates/INVOICE/nb").get("subject"))
                    .isEqualTo("Faktura {invoiceNumber} fra {companyName}");

            Map<String, Object> beforeClerk = get("owner", "/api/mail-templates/INVOICE/nb");
            ResponseEntity<String> byClerk = rest.withBasicAuth("clerk", "clerk").exchange(
                    "/api/mail-templates/INVOICE/nb", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("subject", "Kontoret var her {invoiceNumber}", "body", body)),
                    String.class);
            assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get("owner", "/api/mail-templates/INVOICE/nb")).isEqualTo(beforeClerk);
        } finally {
            ResponseEntity<String> restored = rest.withBasicAuth("admin", "admin").exchange("/api/mail-templates/INVOICE/nb",
                    HttpMethod.PUT, new HttpEntity<>(Map.of("subject", subject, "body", body)), String.class);
            assertThat(restored.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void onlyAdminsChangeTheSalesSettingsLikeTheOtherCompanySettings() {
        Map<String, Object> before = get("admin", "/api/sales/settings");
        Map<String, Object> form = new LinkedHashMap<>(before);
        form.remove("updatedAt");
        form.put("quoteValidityDays", 99);

        ResponseEntity<String> clerk = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/sales/settings", HttpMethod.PUT, new HttpEntity<>(form), String.class);

        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "/api/sales/settings")).isEqualTo(before);
    }

    // --- cross-site requests ---

    @Test
    void aBodilessChangeFromAnotherSiteIsRefusedBeforeAnythingHappens() {
        var draft = data.draft(data.business("tverrsted@kunde.example"), data.product("3", "100.00"), 1);
        long before = invoiceEvents();

        // what a page on another site makes the browser send with the user's remembered Basic credentials:
        // a form POST without a body, no custom header possible without asking first
        ResponseEntity<String> crossSite = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/invoices/" + draft.getId() + "/send", HttpMethod.POST,
                new HttpEntity<>(headers("Sec-Fetch-Site", "cross-site")), String.class);
        ResponseEntity<String> oldBrowser = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/invoices/" + draft.getId() + "/send", HttpMethod.POST,
                new HttpEntity<>(headers("Origin", "https://evil.example")), String.class);
        ResponseEntity<String> plainForm = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/invoices/" + draft.getId() + "/send", HttpMethod.POST,
                new HttpEntity<>("a=b", withoutMarker(MediaType.APPLICATION_FORM_URLENCODED)), String.class);

        for (ResponseEntity<String> refused : List.of(crossSite, oldBrowser, plainForm)) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(invoiceEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from invoice where id = ?", String.class, draft.getId()))
                .isEqualTo("DRAFT");

        // the same change from this site's own page (Swagger UI), or by a script with the header, is taken
        ResponseEntity<String> sameSite = rest.withBasicAuth("clerk", "clerk").exchange(
                "/api/invoices/" + draft.getId() + "/send", HttpMethod.POST,
                new HttpEntity<>(headers("Sec-Fetch-Site", "same-origin")), String.class);
        assertThat(sameSite.getStatusCode().is2xxSuccessful()).as(sameSite.getBody()).isTrue();
    }

    @Test
    void aJsonBodyOrTheHeaderIsEnoughForAScript() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("type", "BUSINESS");
        customer.put("name", "Skriptet kunde AS");
        customer.put("orgNumber", TestData.orgNumber());
        customer.put("addressLine1", "Gata 1");
        customer.put("postalCode", "0150");
        customer.put("city", "Oslo");

        ResponseEntity<String> json = rest.withBasicAuth("clerk", "clerk").exchange("/api/customers",
                HttpMethod.POST, new HttpEntity<>(customer, withoutMarker(MediaType.APPLICATION_JSON)), String.class);

        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    // --- failed logins ---

    @Test
    void elevenWrongPasswordsDoNotLockTheAdminForGoodOnlyDelayThisAddress() {
        throttle.clear();
        try {
            // every door counts: our API, engine REST, the webapps' login
            for (int attempt = 1; attempt <= 12; attempt++) {
                HttpStatus status = switch (attempt % 3) {
                    case 0 -> (HttpStatus) rest.withBasicAuth("admin", "guess-" + attempt)
                            .getForEntity("/api/customers", String.class).getStatusCode();
                    case 1 -> (HttpStatus) rest.withBasicAuth("admin", "guess-" + attempt)
                            .getForEntity("/engine-rest/process-definition", String.class).getStatusCode();
                    default -> webappLogin("admin", "guess-" + attempt);
                };
                assertThat(status).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
                // past any wait, so that each guess is really checked
                jobs.advanceClock(java.time.Duration.ofMinutes(20));
            }
            assertThat(rest.withBasicAuth("admin", "guess-13").getForEntity("/api/customers", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

            // right after a failure beyond the free attempts even the right password waits
            assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/customers", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(webappLogin("admin", "admin")).isNotEqualTo(HttpStatus.OK);

            jobs.advanceClock(java.time.Duration.ofMinutes(16));

            assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/customers", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/process-definition",
                    String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(webappLogin("admin", "admin")).isEqualTo(HttpStatus.OK);
        } finally {
            throttle.clear();
        }
    }

    @Test
    void anAdminUnlocksAUserAtOnce() {
        throttle.clear();
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                rest.withBasicAuth(PROBE, "wrong").getForEntity("/api/customers", String.class);
            }
            assertThat(rest.withBasicAuth(PROBE, PROBE).getForEntity("/api/customers", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

            ResponseEntity<String> unlock = rest.withBasicAuth("admin", "admin").postForEntity(
                    "/engine-rest/user/" + PROBE + "/unlock", null, String.class);
            assertThat(unlock.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            assertThat(rest.withBasicAuth(PROBE, PROBE).getForEntity("/api/customers", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            throttle.clear();
        }
    }

    /** The webapps' login form (Cockpit, Tasklist, Admin): 200 with the user, or 401. */
    private HttpStatus webappLogin(String user, String password) {
        // the login page's first visit: a session and the webapps' CSRF token, both as cookies
        ResponseEntity<String> visit = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        List<String> cookies = visit.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst()
                .ifPresent(token -> headers.set("X-XSRF-TOKEN", token.substring("XSRF-TOKEN=".length())));
        org.springframework.util.LinkedMultiValueMap<String, String> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return (HttpStatus) rest.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form, headers), String.class).getStatusCode();
    }

    private static HttpHeaders headers(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        // not the header a script would add
        headers.set(no.fakturaflyt.support.SameSiteRequests.HEADER, "");
        return headers;
    }

    private static HttpHeaders withoutMarker(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(no.fakturaflyt.support.SameSiteRequests.HEADER, "");
        return headers;
    }

    private long invoiceEvents() {
        return jdbc.queryForObject("select count(*) from invoice_event", Long.class);
    }

    // --- engine REST, OpenAPI, health ---

    @Test
    void theEngineRestApiNeedsALogin() {
        ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<List<Map<String, Object>>> admin = rest.withBasicAuth("admin", "admin").exchange(
                "/engine-rest/process-definition", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).extracting(definition -> definition.get("key")).contains("invoice-lifecycle");
    }

    @Test
    void theEngineRestApiRefusesAWrongPassword() {
        ResponseEntity<String> response = rest.withBasicAuth(PROBE, "wrong")
                .getForEntity("/engine-rest/process-definition", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOpenApiDocumentNeedsALogin() {
        ResponseEntity<String> anonymous = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> clerk = rest.withBasicAuth("clerk", "clerk").getForEntity("/v3/api-docs", String.class);
        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clerk.getBody()).contains("\"/api/invoices/{id}/send\"");
    }

    @Test
    void theHealthProbeIsOpen() {
        ResponseEntity<Map<String, Object>> health = rest.exchange("/actuator/health", HttpMethod.GET, null, JSON);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
    }

    // --- Camunda authorizations of the groups ---

    @Test
    void theUsersAreInTheirGroups() {
        assertThat(groupsOf("admin")).contains(Roles.ADMINS, Roles.CLERKS)
                .doesNotContain(Roles.AUDITORS, Roles.PROCESS_OWNERS);
        assertThat(groupsOf("clerk")).containsExactly(Roles.CLERKS);
        assertThat(groupsOf("owner")).containsExactly(Roles.PROCESS_OWNERS);
        assertThat(groupsOf("auditor")).containsExactly(Roles.AUDITORS);
    }

    @Test
    void auditorsReadProcessInstancesButMayNotDeleteThem() {
        List<String> auditors = List.of(Roles.AUDITORS);

        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.READ,
                Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.DELETE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("auditor", auditors,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "invoice-lifecycle"))
                .isFalse();
    }

    @Test
    void clerksMayNeitherStartNorChangeProcessesInTheEngine() {
        List<String> clerks = List.of(Roles.CLERKS);

        assertThat(authorizationService.isUserAuthorized("clerk", clerks,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "invoice-lifecycle"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.CREATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.DELETE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.CREATE_INSTANCE,
                Resources.DECISION_DEFINITION, "ReminderPolicy")).isFalse();
        // what Tasklist needs
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, TaskPermissions.TASK_WORK,
                Resources.TASK)).isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.READ,
                Resources.PROCESS_INSTANCE)).isTrue();
    }

    @Test
    void ourApiStartsTheInvoiceLifecycleAndEvaluatesTheReminderPolicyThroughItsInternalGroup() {
        List<String> throughApi = List.of(Roles.CLERKS, Roles.API);

        assertThat(authorizationService.isUserAuthorized("clerk", throughApi,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "invoice-lifecycle"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", throughApi, Permissions.CREATE_INSTANCE,
                Resources.DECISION_DEFINITION, "ReminderPolicy")).isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", throughApi, Permissions.CREATE,
                Resources.USER)).isFalse();
        assertThat(identityService.createGroupQuery().groupId(Roles.API).count()).as("nobody is a member").isZero();
    }

    @Test
    void processOwnersDeployAndReadButChangeNoCase() {
        List<String> owners = List.of(Roles.PROCESS_OWNERS);

        assertThat(authorizationService.isUserAuthorized("owner", owners, Permissions.CREATE,
                Resources.DEPLOYMENT)).isTrue();
        assertThat(authorizationService.isUserAuthorized("owner", owners, Permissions.READ,
                Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizationService.isUserAuthorized("owner", owners, Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("owner", owners, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "payment-follow-up")).isFalse();
        assertThat(authorizationService.isUserAuthorized("owner", owners,
                ProcessDefinitionPermissions.SUSPEND_INSTANCE, Resources.PROCESS_DEFINITION, "payment-follow-up"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized("owner", owners, BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES,
                Resources.BATCH)).isFalse();
    }

    @Test
    void aStartTakesBackWhatAnEarlierVersionGrantedTheClerks() {
        Authorization old = authorizationService.createAuthorizationQuery().groupIdIn(Roles.CLERKS)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId("*").singleResult();
        old.addPermission(Permissions.UPDATE);
        old.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(old);
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS), Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isTrue();

        identitySetup.setUp();

        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS), Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS), Permissions.READ,
                Resources.PROCESS_INSTANCE)).isTrue();
    }

    @Test
    void auditorsUseCockpitOnly() {
        List<String> auditors = List.of(Roles.AUDITORS);

        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isFalse();
        assertThat(authorizationService.isUserAuthorized("auditor", auditors, Permissions.ACCESS,
                Resources.APPLICATION, "admin")).isFalse();
    }

    @Test
    void clerksUseTasklistButNotCockpitOrAdmin() {
        List<String> clerks = List.of(Roles.CLERKS);

        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(authorizationService.isUserAuthorized("clerk", clerks, Permissions.ACCESS,
                Resources.APPLICATION, "admin")).isFalse();
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    }

    private Map<String, Object> get(String user, String path) {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, user)
                .exchange(path, HttpMethod.GET, null, JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private long customers() {
        return jdbc.queryForObject("select count(*) from customer", Long.class);
    }
}
