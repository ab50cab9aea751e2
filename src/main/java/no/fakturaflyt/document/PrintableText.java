package no.fakturaflyt.document;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Map;

/**
 * Keeps text to the WinAnsi (Windows-1252) characters — æøå, é, ü, š, ž, «», –, —, € and the like — which every
 * font the documents were laid out for has (first the base-14 Helvetica, now the embedded Liberation Sans, which
 * has more). Other characters could print as "#": letters are printed without their accents (Sami "č" as "c", "ŋ"
 * as "n"), typographic spaces and minus signs as their plain forms, anything else (emoji, other scripts) as "?".
 *
 * <p>Also lets long words (URLs, references without spaces) wrap inside narrow table cells, by putting an
 * invisible break opportunity (U+200B, which FOP never prints) into every run of more than
 * {@value #LONG_WORD} characters.
 */
final class PrintableText {

    static final int LONG_WORD = 24;
    private static final int BREAK_EVERY = 12;
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private static final BitSet WIN_ANSI = new BitSet(0x10000);
    private static final Map<Character, String> FALLBACK = Map.ofEntries(
            Map.entry('\u0111', "d"), Map.entry('\u0110', "D"),   // đ Đ
            Map.entry('\u014B', "n"), Map.entry('\u014A', "N"),   // ŋ Ŋ
            Map.entry('\u0167', "t"), Map.entry('\u0166', "T"),   // ŧ Ŧ
            Map.entry('\u0142', "l"), Map.entry('\u0141', "L"),   // ł Ł
            Map.entry('\u0131', "i"), Map.entry('\u0127', "h"), Map.entry('\u0126', "H"),
            Map.entry('\u2212', "-"), Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"),
            Map.entry('\u2002', " "), Map.entry('\u2003', " "), Map.entry('\u2009', " "), Map.entry('\u200A', " "),
            Map.entry('\u2007', "\u00A0"), Map.entry('\u202F', "\u00A0"), Map.entry('\u2060', ""),
            Map.entry('\u2018', "'"), Map.entry('\u201B', "'"), Map.entry('\u2032', "'"), Map.entry('\u2033', "\""),
            Map.entry('\uFEFF', ""));

    static {
        WIN_ANSI.set(0x09);
        WIN_ANSI.set(0x0A);
        WIN_ANSI.set(0x20, 0x7F);
        WIN_ANSI.set(0xA0, 0x100);
        byte[] upper = new byte[32];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = (byte) (0x80 + i);
        }
        for (char c : new String(upper, Charset.forName("windows-1252")).toCharArray()) {
            if (c != '\uFFFD' && c >= 0x100) {
                WIN_ANSI.set(c);
            }
        }
        WIN_ANSI.set(ZERO_WIDTH_SPACE); // FOP treats it as a break opportunity and prints nothing
    }

    private PrintableText() {}

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC); // "a" + combining accent -> "á"
        StringBuilder out = new StringBuilder(text.length() + 8);
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String printable = printable(cp);
            for (int j = 0; j < printable.length(); j++) {
                char c = printable.charAt(j);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == ZERO_WIDTH_SPACE) {
                    run = 0;
                } else if (++run > LONG_WORD && run % BREAK_EVERY == 1) {
                    out.append(ZERO_WIDTH_SPACE);
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String printable(int cp) {
        if (cp < 0x10000 && WIN_ANSI.get(cp)) {
            return String.valueOf((char) cp);
        }
        if (cp < 0x10000) {
            String fallback = FALLBACK.get((char) cp);
            if (fallback != null) {
                return fallback;
            }
            // a letter with accents: keep the letters that exist, drop the accents
            String decomposed = Normalizer.normalize(String.valueOf((char) cp), Normalizer.Form.NFKD);
            StringBuilder base = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                if (WIN_ANSI.get(c) && c != '\t' && c != '\n') {
                    base.append(c);
                }
            }
            if (base.length() > 0 && base.length() <= 3) {
                return base.toString();
            }
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.FORMAT) {
            return "";
        }
        return "?";
    }
}
