package de.landkreis.integrationsmonitor.returns;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spreadsheet and table formats the import does not read, recognised by their published signatures at the start of
 * the file, so rule D01 names them as a clerk knows them instead of calling them unreadable text (RETURNS.md §2):
 * Lotus 1-2-3 and Quattro Pro (a BOF record: opcode 0, its length, the file version), dBase (a version byte, the
 * date of the last update, the header length with the header's 0x0D terminator), SYLK ({@code ID;P} followed by
 * SYLK records) and DIF ({@code TABLE} then {@code 0,1}).
 */
final class OtherFormats {

    /** Version bytes of dBase III/IV/V, FoxBase, FoxPro and Visual FoxPro tables. */
    private static final Set<Integer> DBASE_VERSIONS =
            Set.of(0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5, 0xFB);
    private static final int DBASE_FIELD_DESCRIPTOR = 32;
    private static final Pattern SYLK = Pattern.compile("ID;P[^\\r\\n]*\\r?\\n(?:[BCFOPW];|NN;|NE;|E(?:\\r?\\n|$))[\\s\\S]*");
    private static final Pattern DIF = Pattern.compile("TABLE\\r?\\n0,1\\r?\\n[\\s\\S]*");

    private OtherFormats() {
    }

    /**
     * @param head the first bytes of the file (at least the header of a dBase table, up to 64 KB)
     * @return the type found, as a {@code read.type.*} key of the bundle
     */
    static Optional<String> of(byte[] head) {
        if (head.length >= 8 && u16(head, 0) == 0) {
            int length = u16(head, 2);
            int version = u16(head, 4);
            if (length == 2 && (version >= 0x0404 && version <= 0x0406)
                    || length == 0x1A && version >= 0x1000 && version <= 0x1005 && u16(head, 6) == 4) {
                return Optional.of("read.type.lotus");
            }
            if (length == 2 && (version == 0x1001 || version == 0x1002 || version == 0x5120 || version == 0x5121)) {
                return Optional.of("read.type.quattro");
            }
        }
        if (isDbase(head)) {
            return Optional.of("read.type.dbase");
        }
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        if (SYLK.matcher(start).matches()) {
            return Optional.of("read.type.sylk");
        }
        if (DIF.matcher(start).matches()) {
            return Optional.of("read.type.dif");
        }
        return Optional.empty();
    }

    private static boolean isDbase(byte[] head) {
        if (head.length < DBASE_FIELD_DESCRIPTOR + 1 || !DBASE_VERSIONS.contains(head[0] & 0xFF)) {
            return false;
        }
        int month = head[2];
        int day = head[3];
        int headerLength = u16(head, 8);
        int recordLength = u16(head, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && recordLength > 0
                && headerLength > DBASE_FIELD_DESCRIPTOR && headerLength <= head.length
                && head[headerLength - 1] == 0x0D;
    }

    private static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }
}
