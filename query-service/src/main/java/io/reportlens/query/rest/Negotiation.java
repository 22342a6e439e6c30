package io.reportlens.query.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** JSON unless the client asks for CSV before JSON in its Accept header. */
final class Negotiation {

    private Negotiation() {
    }

    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
