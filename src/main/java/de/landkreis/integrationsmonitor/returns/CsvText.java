package de.landkreis.integrationsmonitor.returns;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a CSV file in the encodings municipalities send (RETURNS.md §3): UTF-8 with or without BOM,
 * UTF-16 with or without BOM (without one it shows in its zero bytes: every second byte of Latin text is 0),
 * otherwise Windows-1252 (a superset of ISO-8859-1 for printable text). UTF-32 is refused by name
 * ({@link ReadFailure#UNSUPPORTED_ENCODING}); bytes that are no text at all are {@link ReadFailure#NOT_DECODABLE}.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters outside quoted fields than this share of the text means binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** How much of the file shows its zero-byte pattern. */
    private static final int SAMPLE = 4096;
    /** Share of code units whose high byte is zero from which the text is taken as UTF-16 (or UTF-32). */
    private static final double ZERO_SHARE = 0.3;
    /** Share of zero bytes in the other position below which the pattern is clear. */
    private static final double STRAY_ZERO_SHARE = 0.05;

    private CsvText() {
    }

    static String decode(byte[] bytes) {
        refuseUtf32(bytes);
        String text = withBom(bytes);
        if (text == null) {
            text = utf16WithoutBom(bytes);
        }
        if (text == null) {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
        }
        if (text == null) {
            text = new String(bytes, WINDOWS_1252);
        }
        requireText(text);
        return text;
    }

    /** UTF-32 by its BOM or by three zero bytes in every four; Excel and LibreOffice never write it for CSV. */
    private static void refuseUtf32(byte[] b) {
        boolean bom = startsWith(b, 0xFF, 0xFE, 0x00, 0x00) || startsWith(b, 0x00, 0x00, 0xFE, 0xFF);
        double[] zeros = zeroShares(b, 4);
        boolean littleEndian = zeros[2] > 1 - STRAY_ZERO_SHARE && zeros[3] > 1 - STRAY_ZERO_SHARE
                && zeros[0] < STRAY_ZERO_SHARE;
        boolean bigEndian = zeros[0] > 1 - STRAY_ZERO_SHARE && zeros[1] > 1 - STRAY_ZERO_SHARE
                && zeros[3] < STRAY_ZERO_SHARE;
        if (bom || b.length >= 8 && (littleEndian || bigEndian)) {
            throw new UnreadableFileException(ReadFailure.UNSUPPORTED_ENCODING, ReadDetail.of("read.detail.utf32"));
        }
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

    /** Excel's "Unicode-Text" without its BOM: zero bytes in one position of every pair, almost none in the other. */
    private static String utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        double[] zeros = zeroShares(b, 2);
        if (zeros[1] > ZERO_SHARE && zeros[0] < STRAY_ZERO_SHARE) {
            return strict(b, 0, StandardCharsets.UTF_16LE);
        }
        if (zeros[0] > ZERO_SHARE && zeros[1] < STRAY_ZERO_SHARE) {
            return strict(b, 0, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    /** For each position within groups of {@code width} bytes, the share of zero bytes at the start of the file. */
    private static double[] zeroShares(byte[] b, int width) {
        int groups = Math.min(b.length, SAMPLE) / width;
        double[] shares = new double[width];
        if (groups == 0) {
            return shares;
        }
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < width; i++) {
                if (b[g * width + i] == 0) {
                    shares[i]++;
                }
            }
        }
        for (int i = 0; i < width; i++) {
            shares[i] /= groups;
        }
        return shares;
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

    /**
     * Control characters count against a text only outside quoted fields (RETURNS.md §3): inside quotes a field
     * may hold what a cell held; outside, many of them mean binary data, not a CSV export. A NUL is no character of
     * any text a spreadsheet program writes (UTF-16 is decoded by now) and no database column takes it: no text.
     */
    private static void requireText(String text) {
        int controls = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw notText();
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)) {
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
