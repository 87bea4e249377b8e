package io.labwatch.domain.exchange;

/**
 * What a store says about its kind of record, from which {@link RecordKinds} derives everything that lists kinds:
 * the API paths, the dataset and CSV sections (in {@code order}, so that what a record refers to is imported before
 * it), the edit forms, the history pages and the import's duplicate check.
 *
 * @param segment    the URL segment: {@code /api/hires}, {@code /edit/hires/12}; the dataset's section (JSON field and CSV
 *                   file) is its camel case: funding-rounds, fundingRounds
 * @param noun       how a reader names one: "talent move"
 * @param order      the section's place in imports and exports (labs, people and sources first)
 * @param bySlug     addressed by slug (else by id)
 * @param keyField   the field an import error about a repeated natural key names
 * @param keyWords   the natural key in words: "lab, date and basis"
 * @param recordType the exchange record (request and answer bodies, dataset rows)
 * @param page       the page that shows a record, with one of its fields in braces: {@code /labs/{lab}}
 */
public record KindInfo(String segment, String noun, int order, boolean bySlug, String keyField, String keyWords,
        Class<?> recordType, String page) {
}
