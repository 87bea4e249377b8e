package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.source.Citation;
import io.labwatch.domain.source.CitationRepository;
import io.labwatch.domain.source.CitationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes labs in the exchange format, citations included, each call in one transaction. */
@ApplicationScoped
@Transactional
public class LabRecords {

    @Inject
    DraftFactory drafts;

    @Inject
    LabService labs;

    @Inject
    CitationService citations;

    @Inject
    CitationRepository citationRepository;

    public LabRecord get(String slug) {
        return view(labs.get(slug));
    }

    public LabRecord create(LabRecord record) {
        List<FieldError> errors = new ArrayList<>();
        List<DraftFactory.SourceRef> refs = drafts.citations(record.citations(), false, errors);
        failOn(errors);
        Lab lab = labs.create(drafts.lab(record));
        refs.forEach(ref -> citations.cite(lab, ref.source(), ref.note()));
        return view(lab);
    }

    /** Replaces the lab's fields; citations are replaced only when the record lists them. */
    public LabRecord update(String slug, long expectedVersion, LabRecord record) {
        List<FieldError> errors = new ArrayList<>();
        List<DraftFactory.SourceRef> refs = drafts.citations(record.citations(), false, errors);
        failOn(errors);
        Lab lab = labs.update(labs.get(slug), expectedVersion, drafts.lab(record));
        if (record.citations() != null) {
            citationRepository.delete("lab", lab);
            refs.forEach(ref -> citations.cite(lab, ref.source(), ref.note()));
        }
        return view(lab);
    }

    public void delete(String slug, long expectedVersion) {
        Lab lab = labs.get(slug);
        labs.delete(lab, expectedVersion);
    }

    private LabRecord view(Lab lab) {
        List<CitationRecord> cited = citationRepository.find("select c from Citation c join fetch c.source where c.lab = ?1 order by c.id", lab)
                .stream().map((Citation c) -> new CitationRecord(c.source.slug, c.note)).toList();
        return LabRecord.of(lab, cited);
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
