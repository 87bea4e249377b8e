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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole dataset in the import format, streamed: each section is read in chunks and written as it is read, so
 * memory stays flat whatever the size of the data, and all of it is read from one snapshot (a repeatable-read
 * transaction), so the export is consistent even while analysts edit.
 */
@ApplicationScoped
public class DatasetExporter {

    static final int CHUNK = 1000;

    @Inject LabStore labs;
    @Inject PersonStore people;
    @Inject SourceStore sources;
    @Inject HireStore hires;
    @Inject FundingRoundStore rounds;
    @Inject ValuationStore valuations;
    @Inject FinancialMetricStore metrics;
    @Inject ComputeDealStore deals;
    @Inject WatchItemStore watchItems;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Writes the dataset as JSON, with the same field names as {@link Dataset}. */
    public void write(OutputStream out) {
        Map<String, RecordStore<?, ?>> sections = new LinkedHashMap<>();
        sections.put("labs", labs);
        sections.put("people", people);
        sections.put("sources", sources);
        sections.put("hires", hires);
        sections.put("fundingRounds", rounds);
        sections.put("valuations", valuations);
        sections.put("financialMetrics", metrics);
        sections.put("computeDeals", deals);
        sections.put("watchItems", watchItems);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
            ObjectWriter writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                for (var section : sections.entrySet()) {
                    generator.writeArrayFieldStart(section.getKey());
                    section.getValue().forEach(CHUNK, record -> {
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
