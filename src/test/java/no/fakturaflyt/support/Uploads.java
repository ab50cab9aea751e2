package no.fakturaflyt.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** A file uploaded as a browser uploads it: one multipart/form-data part {@code file} with its file name. */
public final class Uploads {

    private Uploads() {
    }

    public static HttpEntity<LinkedMultiValueMap<String, Object>> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return new HttpEntity<>(body, headers);
    }
}
