package io.labwatch.domain.exchange;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of Labwatch's data in one document: the demo data file, the import format and the export format. One
 * section per kind of record ({@link RecordKinds}: labs, people, sources, hires, ...), each a list of that kind's
 * records; missing sections read as empty. Facts refer to labs, people and sources by slug so that a person can write
 * one by hand. Read by {@link DatasetReader}, which knows each section's record type from the registry.
 */
public final class Dataset {

    private final Map<String, List<?>> sections;

    public Dataset(Map<String, List<?>> sections) {
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A dataset of one section. */
    public static Dataset of(String section, List<?> records) {
        return new Dataset(Map.of(section, records));
    }

    /** The records of a section, empty when the document has none. */
    public List<?> section(String name) {
        List<?> records = sections.get(name);
        return records == null ? List.of() : records;
    }

    /** How many records the document holds, over all sections. */
    public int rows() {
        return sections.values().stream().mapToInt(records -> records == null ? 0 : records.size()).sum();
    }

    @JsonAnyGetter
    public Map<String, List<?>> sections() {
        return sections;
    }
}
