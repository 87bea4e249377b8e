package io.labwatch.domain.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The whole dataset in the import format, streamed: each section is read in chunks and written as it is read, so
 * memory stays flat whatever the size of the data, and all of it is read from one snapshot (a repeatable-read
 * transaction), so the export is consistent even while analysts edit.
 */
@ApplicationScoped
public class DatasetExporter {

    static final int CHUNK = 1000;

    @Inject RecordKinds kinds;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Writes the dataset as JSON, with the same field names as {@link Dataset}. */
    public void write(OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
            ObjectWriter writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                for (RecordKind kind : kinds.all()) {
                    generator.writeArrayFieldStart(kind.section);
                    kind.store().forEach(CHUNK, record -> {
                        try {
                            writer.writeValue(generator, record);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    generator.writeEndArray();
                }
                generator.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
