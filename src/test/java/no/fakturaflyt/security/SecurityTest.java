package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
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
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;

    /**
     * Wrong passwords are tried on a user of their own: Camunda locks a user for a few seconds after a failed login
     * (brute-force protection), and the seeded users must stay usable for every other test.
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
    void clerksMayStartTheInvoiceLifecycle() {
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "invoice-lifecycle"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS), Permissions.CREATE,
                Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS), Permissions.DELETE,
                Resources.PROCESS_INSTANCE)).isFalse();
    }

    @Test
    void clerksMayEvaluateTheReminderPolicyButAuditorsMayNot() {
        assertThat(authorizationService.isUserAuthorized("clerk", List.of(Roles.CLERKS),
                Permissions.CREATE_INSTANCE, Resources.DECISION_DEFINITION, "ReminderPolicy")).isTrue();
        assertThat(authorizationService.isUserAuthorized("auditor", List.of(Roles.AUDITORS),
                Permissions.CREATE_INSTANCE, Resources.DECISION_DEFINITION, "ReminderPolicy")).isFalse();
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
