package io.labwatch.domain.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Dataset}: each field names a section of the registry and holds that kind's records, read with the
 * same strict rules as a request body (so a bad date in row 3 of hires is a 400 naming {@code hires[2].announcedOn});
 * a field that is no section is refused with the list of sections.
 */
@Singleton
public class DatasetReader implements ObjectMapperCustomizer {

    @Inject
    RecordKinds kinds;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("labwatch-dataset").addDeserializer(Dataset.class, new Reader(kinds)));
    }

    private static final class Reader extends StdDeserializer<Dataset> {
        private final transient RecordKinds kinds;

        Reader(RecordKinds kinds) {
            super(Dataset.class);
            this.kinds = kinds;
        }

        @Override
        public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Dataset) ctxt.handleUnexpectedToken(Dataset.class, p);
            }
            Map<String, List<?>> sections = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                RecordKind kind = kinds.ofSection(name).orElse(null);
                if (kind == null) {
                    throw UnrecognizedPropertyException.from(p, Dataset.class, name,
                            kinds.all().stream().map(k -> (Object) k.section).toList());
                }
                p.nextToken();
                JavaType rows = ctxt.getTypeFactory().constructCollectionType(List.class, kind.recordType);
                try {
                    List<?> records = p.currentToken() == JsonToken.VALUE_NULL ? List.of() : ctxt.readValue(p, rows);
                    sections.put(name, records);
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, Dataset.class, name);
                }
            }
            return new Dataset(sections);
        }
    }
}
