package no.fakturaflyt.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file holds, and the columns it may have: the API's field names or the Norwegian headings old systems
 * export (case, spaces, dots, hyphens and underscores ignored).
 */
enum ImportKind {

    CUSTOMERS(List.of("name"), Map.ofEntries(
            Map.entry("customerNumber", List.of("kundenummer", "kundenr")),
            Map.entry("type", List.of("kundetype")),
            Map.entry("name", List.of("navn", "kundenavn", "firmanavn")),
            Map.entry("orgNumber", List.of("organisasjonsnummer", "orgnr", "orgnummer", "organisasjonsnr")),
            Map.entry("addressLine1", List.of("adresse", "adresse1", "gateadresse", "postadresse")),
            Map.entry("addressLine2", List.of("adresse2")),
            Map.entry("postalCode", List.of("postnummer", "postnr")),
            Map.entry("city", List.of("poststed", "sted")),
            Map.entry("countryCode", List.of("land", "landkode")),
            Map.entry("invoiceEmail", List.of("epost", "fakturaepost", "email")),
            Map.entry("mobile", List.of("mobil", "mobilnummer", "telefon")),
            Map.entry("language", List.of("språk", "sprak")),
            Map.entry("paymentTermsDays", List.of("betalingsfrist", "kredittdager", "betalingsbetingelser")))),

    PRODUCTS(List.of("productNumber"), Map.ofEntries(
            Map.entry("productNumber", List.of("varenummer", "varenr", "produktnummer", "artikkelnummer")),
            Map.entry("name", List.of("navn", "varenavn", "beskrivelse", "varetekst")),
            Map.entry("unit", List.of("enhet")),
            Map.entry("unitPrice", List.of("pris", "enhetspris", "salgspris")),
            Map.entry("costPrice", List.of("kostpris", "innpris", "innkjøpspris")),
            Map.entry("vatCode", List.of("mvakode", "mva", "avgiftskode")),
            Map.entry("revenueAccount", List.of("inntektskonto", "salgskonto", "konto")),
            Map.entry("category", List.of("kategori", "varegruppe", "categorycode")),
            Map.entry("active", List.of("aktiv"))));

    private final List<String> required;
    private final Map<String, String> byHeading = new LinkedHashMap<>();

    ImportKind(List<String> required, Map<String, List<String>> columns) {
        this.required = required;
        columns.forEach((name, aliases) -> {
            byHeading.put(normalise(name), name);
            aliases.forEach(alias -> byHeading.put(normalise(alias), name));
        });
    }

    /** The column each heading of the header row means; an unknown, doubled or missing column refuses the file. */
    Map<String, Integer> columns(CsvReader.Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String heading = header.fields().get(i);
            if (heading.isBlank()) {
                continue;
            }
            String column = byHeading.get(normalise(heading));
            if (column == null) {
                throw new CsvFileException(header.line(), i + 1, "Unknown column '" + heading.strip()
                        + "'; the columns of a " + name().toLowerCase() + " file are "
                        + byHeading.values().stream().distinct().toList(), "imports.unknownColumn", header.line(), i + 1,
                        heading.strip(), byHeading.values().stream().distinct().toList());
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw new CsvFileException(header.line(), i + 1, "Column '" + heading.strip() + "' is the same as "
                        + "column " + (columns.get(column) + 1) + " (" + column + ")", "imports.duplicateColumn",
                        header.line(), i + 1, heading.strip(), columns.get(column) + 1, column);
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new CsvFileException(header.line(), 0, "The header has no column " + column,
                        "imports.missingColumn", header.line(), column);
            }
        }
        return columns;
    }

    private static String normalise(String heading) {
        return heading.strip().toLowerCase().replaceAll("[\\s._\\-]", "");
    }
}
