package org.isnad.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The store's internal JSON form of model records (one row = one record), by Jackson's record
 * support. This is a storage format, not the public dossier schema: the API always answers
 * through {@link org.isnad.output.DossierJson}.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelJson() {
    }

    public static String write(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialize " + record.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
