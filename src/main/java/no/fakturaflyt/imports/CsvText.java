package no.fakturaflyt.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file: UTF-8 with or without a byte order mark, else Windows-1252 (what Excel writes for
 * "CSV (semicolon separated)" on a Norwegian Windows), told apart by whether the bytes are valid UTF-8.
 */
record CsvText(String text, String encoding) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvText decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new CsvText(strictUtf8(bytes, 3), "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new CsvFileException(1, 1, "The file is UTF-16; save it as \"CSV UTF-8\" or \"CSV (semicolon "
                    + "separated)\"", "imports.utf16");
        }
        try {
            return new CsvText(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(),
                    "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new CsvText(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFileException(0, 0, "The file starts with a UTF-8 byte order mark but is not UTF-8",
                    "imports.badUtf8");
        }
    }
}
