package no.fakturaflyt.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

/** The pinned lookups return exactly what the class-path scan found, and an explicit choice is left alone. */
class FactoryLookupsTest {

    private static final String TRANSFORMER = TransformerFactory.class.getName();

    @Test
    void pinsTheImplementationTheScanFinds() {
        String before = System.getProperty(TRANSFORMER);
        System.clearProperty(TRANSFORMER);
        try {
            Class<?> scanned = TransformerFactory.newInstance().getClass();
            FactoryLookups.pinAll();

            assertThat(System.getProperty(TRANSFORMER)).isEqualTo(scanned.getName());
            assertThat(TransformerFactory.newInstance()).isInstanceOf(scanned);
            assertThat(System.getProperty(StreamProvider.class.getName()))
                    .isEqualTo(StreamProvider.provider().getClass().getName());
        } finally {
            restore(before);
        }
    }

    @Test
    void keepsAnImplementationChosenBySystemProperty() {
        String before = System.getProperty(TRANSFORMER);
        String jdk = TransformerFactory.newDefaultInstance().getClass().getName();
        System.setProperty(TRANSFORMER, jdk);
        try {
            FactoryLookups.pinAll();

            assertThat(System.getProperty(TRANSFORMER)).isEqualTo(jdk);
            assertThat(TransformerFactory.newInstance().getClass().getName()).isEqualTo(jdk);
        } finally {
            restore(before);
        }
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(TRANSFORMER);
        } else {
            System.setProperty(TRANSFORMER, value);
        }
    }
}
