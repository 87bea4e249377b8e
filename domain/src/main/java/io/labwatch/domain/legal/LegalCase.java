package io.labwatch.domain.legal;

import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A court case ("Musk v. Altman"), addressed by slug like labs and data centers: where it is heard, its number, when it
 * was filed and closed, where it stands and what it claims. Who is in it and what happened in it are facts of their own,
 * each cited ({@link CaseParty}, {@link CaseEvent}), as FollowTheMoney models cases.
 */
@Entity
@Table(name = "legal_case")
public class LegalCase extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
    @Column(nullable = false, unique = true)
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String name;

    /** "U.S. District Court for the Northern District of California". */
    @Size(max = 200)
    public String court;

    /** "United States (federal)", "England and Wales". */
    @Size(max = 100)
    public String jurisdiction;

    @Size(max = 100)
    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Where it stands; none when no source says. */
    @Enumerated(EnumType.STRING)
    @Column(name = "case_status")
    public CaseStatus caseStatus;

    /** What is claimed, in words: "breach of charitable trust; unjust enrichment". */
    @Size(max = 2000)
    public String claims;

    @Size(max = 10_000)
    public String description;
}
