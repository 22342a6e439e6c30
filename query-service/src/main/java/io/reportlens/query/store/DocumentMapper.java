package io.reportlens.query.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;

import java.util.Map;

/** Converts records to BSON documents and back through Jackson's tree model (no JSON text in between). */
public final class DocumentMapper {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentMapper() {
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object value) {
        return new Document(MAPPER.convertValue(value, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
