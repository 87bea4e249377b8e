package io.labwatch.domain.lab;

import io.labwatch.domain.shared.Slugs;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Any organisation Labwatch tracks: frontier lab, startup, big tech, compute provider, investor. */
@Entity
@Table(name = "lab")
public class Lab extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens")
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    public LabKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    public LabStatus status = LabStatus.ACTIVE;

    @Size(max = 200)
    public String headquarters;

    @Min(1800)
    @Max(2200)
    @Column(name = "founded_year")
    public Integer foundedYear;

    @Size(max = 500)
    @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
    public String website;

    @Size(max = 10_000)
    public String summary;

    @Size(max = 500)
    @Column(name = "stated_emphasis")
    public String statedEmphasis;

    @Column(name = "last_verified_on")
    public LocalDate lastVerifiedOn;

    /** Other names, separated by semicolons: imports find the lab by any of them. */
    @Size(max = 1000)
    public String aliases;

    /** Its Wikidata item, "Q116758847". */
    @Size(max = 20)
    @Pattern(regexp = io.labwatch.domain.shared.Aliases.WIKIDATA_ID, message = "must be a Wikidata id such as Q116758847")
    @Column(name = "wikidata_id")
    public String wikidataId;

    /** The name Epoch AI's datasets give the lab, where it differs ("Google DeepMind" for "DeepMind"). */
    @Size(max = 200)
    @Column(name = "epoch_name")
    public String epochName;
}
