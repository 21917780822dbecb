package de.landkreis.integrationsmonitor.returns;

/** Why a file could not be read at all; {@link #UNSUPPORTED_TYPE} is rule D01, every other one D02. */
public enum ReadFailure {
    UNSUPPORTED_TYPE, EMPTY, DAMAGED, ENCRYPTED, TOO_LARGE, TOO_MANY_ROWS, NOT_DECODABLE, UNSUPPORTED_ENCODING,
    INTERNAL_ERROR
}
