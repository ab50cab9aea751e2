package no.fakturaflyt.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.support.CraftedPng;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The logo upload decodes and checks the picture with bounded memory and refuses a bad one naming the field. */
@FakturaflytTest
class LogoUploadTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate rest;
    @Autowired CompanySettingsService settings;

    @AfterEach
    void removeLogo() {
        settings.updateLogo(null);
    }

    @Test
    void aTinyPngClaimingHugeDimensionsIsRefused() {
        assertRefused(CraftedPng.claiming(20_000, 15_000), "pixels");
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = CraftedPng.grey(300, 100);
        assertRefused(Arrays.copyOf(png, png.length - 20), "complete");
    }

    @Test
    void textSentAsAnImageIsRefused() {
        assertRefused("GIF89a, or so it says".getBytes(), "PNG");
    }

    @Test
    void aSmallSoundPngIsAcceptedAndAnEmptyFileRemovesIt() {
        byte[] png = CraftedPng.grey(300, 100);

        assertThat(upload(png).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(settings.current().getLogoPng()).isEqualTo(png);

        assertThat(upload(new byte[0]).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(settings.current().getLogoPng()).isNull();
    }

    private void assertRefused(byte[] content, String detailPart) {
        byte[] before = CraftedPng.grey(40, 20);
        assertThat(upload(before).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map<String, Object>> response = upload(content);

        assertThat(response.getStatusCode()).as("body %s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).containsEntry("field", "logo");
        assertThat(response.getBody().get("errors")).isEqualTo(
                List.of(Map.of("field", "logo", "message", response.getBody().get("detail"))));
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(detailPart);
        assertThat(settings.current().getLogoPng()).as("the logo before").isEqualTo(before);
    }

    private ResponseEntity<Map<String, Object>> upload(byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_PNG);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "logo.png";
            }
        }, part));
        return rest.withBasicAuth("admin", "admin").exchange("/api/company/logo", HttpMethod.PUT,
                new HttpEntity<>(body, headers), JSON);
    }
}
