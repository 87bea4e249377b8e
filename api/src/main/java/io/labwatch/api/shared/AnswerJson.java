package io.labwatch.api.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How JSON is written over HTTP: the application's mapper, except that an empty field is left out rather than sent
 * as null. The API document can then say what every field holds without "or null" everywhere, and a client that sends
 * back what it read sends no nulls (which a merge patch would read as "remove"). A map keeps its null values: in a
 * history entry, a field that was empty is named with null. Inside the application (history, merges, imports) the
 * mapper keeps writing nulls.
 */
@Provider
@Singleton
public class AnswerJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper answers;

    @Inject
    public AnswerJson(ObjectMapper json) {
        this.answers = json.copy().setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.ALWAYS));
    }

    /** The mapper every JSON answer is written with (filters that write an answer's bytes themselves use it too). */
    public ObjectMapper mapper() {
        return answers;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return answers;
    }
}
