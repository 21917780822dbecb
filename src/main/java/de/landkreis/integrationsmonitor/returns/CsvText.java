package de.landkreis.integrationsmonitor.returns;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a CSV file in the encodings municipalities send (RETURNS.md §3): UTF-8 with or without BOM,
 * UTF-16 with BOM, otherwise Windows-1252 (a superset of ISO-8859-1 for printable text). Bytes that are no text
 * at all are {@link ReadFailure#NOT_DECODABLE}.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text means binary data, not a CSV export. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private CsvText() {
    }

    static String decode(byte[] bytes) {
        String text = withBom(bytes);
        if (text == null) {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
        }
        if (text == null) {
            text = new String(bytes, WINDOWS_1252);
        }
        requireText(text);
        return text;
    }

    private static String withBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return required(strict(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return required(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return required(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String required(String text, String encoding) {
        if (text == null) {
            throw new UnreadableFileException(ReadFailure.NOT_DECODABLE,
                    ReadDetail.of("read.detail.invalidCharacters", encoding));
        }
        return text;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void requireText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw notText();
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                controls++;
            }
        }
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw notText();
        }
    }

    private static UnreadableFileException notText() {
        return new UnreadableFileException(ReadFailure.NOT_DECODABLE, ReadDetail.of("read.detail.noText"));
    }
}
