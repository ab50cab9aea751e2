package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Community Edition webapps put a red "migrate to Camunda 8" banner (element class {@code ce-eol-banner}) on
 * every page, with no setting to switch it off; our {@code styles/user-styles.css}, which every webapp page loads,
 * hides it. The test reads what the browser gets: the page must load our style sheet, the style sheet must hide the
 * banner, and the banner must still carry the class we hide (a new Camunda release that renames it fails here).
 */
@FakturaflytTest
class WebappsBannerTest {

    @Autowired TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "tasklist", "admin", "welcome"})
    void everyWebappLoadsOurStylesWhichHideTheMigrationBanner(String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("app/" + app + "/styles/user-styles.css");

        ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css",
                String.class);
        assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(styles.getBody().replaceAll("\\s+", " "))
                .contains(".ce-eol-banner { display: none !important; }");

        ResponseEntity<String> script = rest.getForEntity(
                "/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("class=\"ce-eol-banner\"");
    }
}
