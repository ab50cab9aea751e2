package no.fakturaflyt.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxRows          the most rows one file may have (default 20 000)
 * @param async            write a confirmed import in the background (202 at once; follow it at GET
 *                         /api/imports/{id}); false writes it before answering
 * @param previewLifetime  how long a preview may wait for its confirmation (default one day)
 */
@ConfigurationProperties("fakturaflyt.imports")
record ImportProperties(Integer maxRows, Boolean async, Duration previewLifetime) {

    ImportProperties {
        maxRows = maxRows == null ? 20_000 : maxRows;
        async = async == null || async;
        previewLifetime = previewLifetime == null ? Duration.ofDays(1) : previewLifetime;
    }
}
