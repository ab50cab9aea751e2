package no.fakturaflyt.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Norway's postal-code register shipped with the application (`postnummer/`, see its README): postal code to
 * municipality (kommune) and county (fylke, the first two digits of the municipality number).
 */
@Component
class PostalRegister {

    static final String REGISTER = "/postnummer/postnummerregister.tsv";
    static final String COUNTIES = "/postnummer/fylker.tsv";

    /** Where a postal code lies. */
    record Place(String municipalityNumber, String municipality, String countyNumber, String county) {
    }

    private final Map<String, Place> byPostalCode = new HashMap<>();

    PostalRegister() {
        Map<String, String> counties = new HashMap<>();
        read(COUNTIES, columns -> counties.put(columns[0], columns[1]));
        read(REGISTER, columns -> {
            String county = columns[2].substring(0, 2);
            byPostalCode.put(columns[0], new Place(columns[2], columns[3], county,
                    counties.getOrDefault(county, county)));
        });
    }

    Optional<Place> place(String postalCode) {
        return postalCode == null ? Optional.empty() : Optional.ofNullable(byPostalCode.get(postalCode.trim()));
    }

    int size() {
        return byPostalCode.size();
    }

    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream in = PostalRegister.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
