package no.fakturaflyt.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16 point 6: the IBAN every payment block prints is the company's own account. The settings refuse an IBAN
 * whose check digits fail and a Norwegian IBAN of another account than the account number, naming the field.
 */
@FakturaflytTest
class CompanyIbanTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired CompanySettingsService settings;
    @Autowired TestData data;

    @AfterEach
    void restore() {
        data.company();
    }

    @Test
    void anIbanWithWrongCheckDigitsIsRefusedNamingTheField() {
        data.company();
        ResponseEntity<Map<String, Object>> response = put("NO7212345678903");

        assertThat(response.getStatusCode()).as("body %s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("field", "iban");
        assertThat(settings.current().getIban()).isEqualTo("NO7112345678903");
    }

    @Test
    void theIbanOfAnotherAccountIsRefusedAndTheRightOneAccepted() {
        data.company();
        ResponseEntity<Map<String, Object>> other = put("NO9386011117947"); // valid, but account 86011117947

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(other.getBody()).containsEntry("field", "iban");
        assertThat(String.valueOf(other.getBody().get("detail"))).contains("NO7112345678903");

        assertThat(put("NO7112345678903").getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(put(null).getStatusCode().is2xxSuccessful()).as("none: derived on the documents").isTrue();
    }

    private ResponseEntity<Map<String, Object>> put(String iban) {
        TestRestTemplate admin = rest.withBasicAuth("admin", "admin");
        Map<String, Object> form = new HashMap<>(admin.exchange("/api/company", HttpMethod.GET, null, JSON).getBody());
        form.put("iban", iban);
        return admin.exchange("/api/company", HttpMethod.PUT, new HttpEntity<>(form), JSON);
    }
}
