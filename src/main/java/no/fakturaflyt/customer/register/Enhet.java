package no.fakturaflyt.customer.register;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * An entity as Enhetsregisteret's API answers it (the fields this application reads; the rest is ignored). Field
 * names are the register's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Enhet(String organisasjonsnummer, String navn, Organisasjonsform organisasjonsform,
        Adresse forretningsadresse, Adresse postadresse, Boolean registrertIMvaregisteret,
        Boolean registrertIForetaksregisteret, Boolean konkurs, Boolean underAvvikling,
        Boolean underTvangsavviklingEllerTvangsopplosning, LocalDate slettedato) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisasjonsform(String kode, String beskrivelse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adresse(String land, String landkode, String postnummer, String poststed, List<String> adresse,
            String kommune, String kommunenummer) {
    }
}
