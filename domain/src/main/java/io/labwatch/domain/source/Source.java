package io.labwatch.domain.source;

import io.labwatch.domain.shared.Slugs;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An article or document that reports facts; every fact cites at least one. */
@Entity
@Table(name = "source")
public class Source extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens")
    public String slug;

    @NotBlank
    @Size(max = 120)
    public String outlet;

    @NotBlank
    @Size(max = 500)
    public String headline;

    @Size(max = 2000)
    @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Size(max = 200)
    public String author;

    @Size(max = 500)
    @Column(name = "focus_angle")
    public String focusAngle;

    @Size(max = 5000)
    @Column(name = "key_quote")
    public String keyQuote;

    /** The outlet record the outlet name leads to (by name or alias; made when new): set by the service. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "outlet_id")
    public Outlet outletRecord;

    /** The source's own reliability, when an analyst graded it; absent, it has its outlet's. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Reliability reliability;

    /** The reliability that holds: its own, else its outlet's (kept by the services, so that pages need no join). */
    @jakarta.validation.constraints.NotNull
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Reliability grade = Reliability.F;

    /** The grade that holds, F where none is stored (a source as time travel rebuilds it from before grades). */
    public Reliability effectiveGrade() {
        return grade == null ? Reliability.F : grade;
    }
}
