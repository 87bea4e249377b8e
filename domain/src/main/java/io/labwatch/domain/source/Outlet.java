package io.labwatch.domain.source;

import io.labwatch.domain.shared.Slugs;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A publisher of sources (CNBC, TechCrunch), with the other names its sources give it and the reliability its sources
 * have unless they are graded themselves.
 */
@Entity
@Table(name = "outlet")
public class Outlet extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens")
    public String slug;

    @NotBlank
    @Size(max = 120)
    public String name;

    /** Other names, separated by semicolons: "CNBC.com; CNBC News". */
    @Size(max = 1000)
    public String aliases;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Reliability reliability = Reliability.F;

    /** Every name a source may give this outlet, in lower case: its name and its aliases. */
    public List<String> names() {
        return io.labwatch.domain.shared.Aliases.names(name, aliases);
    }
}
