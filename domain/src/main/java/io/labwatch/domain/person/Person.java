package io.labwatch.domain.person;

import io.labwatch.domain.shared.Slugs;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person whose moves between labs Labwatch follows. */
@Entity
@Table(name = "person")
public class Person extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens")
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 10_000)
    public String bio;

    @Size(max = 10_000)
    @Column(name = "notable_roles")
    public String notableRoles;

    /** Other names, separated by semicolons: imports find the person by any of them. */
    @Size(max = 1000)
    public String aliases;

    /** Its Wikidata item, "Q116758847". */
    @Size(max = 20)
    @Pattern(regexp = io.labwatch.domain.shared.Aliases.WIKIDATA_ID, message = "must be a Wikidata id such as Q116758847")
    @Column(name = "wikidata_id")
    public String wikidataId;
}
