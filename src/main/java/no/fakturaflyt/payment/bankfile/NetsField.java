package no.fakturaflyt.payment.bankfile;

/**
 * One field of a Nets 80-character record: 1-based inclusive positions as the Nets specifications number them, and
 * the name a clerk reads in an error message.
 */
record NetsField(int from, int to, String name) {

    NetsField {
        if (from < 1 || to > NetsRecord.LENGTH || to < from) {
            throw new IllegalArgumentException("A field lies within positions 1-80: " + name + " " + from + "-" + to);
        }
    }

    int length() {
        return to - from + 1;
    }

    /** "settlement date (positions 16-21)". */
    String label() {
        return name + " (positions " + from + "-" + to + ")";
    }

    /** The label as a text of the screens ({@code bankFiles.name.<name in camel case>}, e.g. "oppgjørsdato (posisjon 16-21)"). */
    org.springframework.context.MessageSourceResolvable text() {
        return BankFileException.label("field", label(), BankFileException.label(key(name), name),
                String.valueOf(from), String.valueOf(to));
    }

    /** "total amount in øre" → "totalAmountInOre", "KID" → "kid". */
    static String key(String words) {
        StringBuilder key = new StringBuilder();
        for (String word : words.replace('ø', 'o').replace('å', 'a').replace('æ', 'e').split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? word.toLowerCase()
                        : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase());
            }
        }
        return key.toString();
    }
}
