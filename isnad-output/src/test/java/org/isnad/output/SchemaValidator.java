package org.isnad.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Test helper shared with other modules (test-jar): validates dossier JSON against ../shared/schema/dossier.schema.json with a JSON-Schema library. */
public final class SchemaValidator {
    public static final Path SCHEMA = Path.of("..", "..", "shared", "schema", "dossier.schema.json");

    private SchemaValidator() {
    }

    public static Set<ValidationMessage> validate(JsonNode dossier) throws IOException {
        // loaded by URI so that the schema's relative $id resolves against the file's location
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SCHEMA.toAbsolutePath().normalize().toUri());
        return schema.validate(dossier);
    }
}
