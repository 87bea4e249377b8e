package io.labwatch.domain.legal;

import io.labwatch.domain.source.Citation;
import java.util.List;
import java.util.Map;

/** What a case's page shows: the case, its current parties and events (newest first), and their citations by fact id. */
public record CaseDocket(LegalCase legalCase, List<CaseParty> parties, List<CaseEvent> events, Map<Long, List<Citation>> citations) {
}
