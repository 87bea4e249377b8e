package io.labwatch.domain.datacenter;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A data center (a campus or a building: "Colossus 1"), addressed by slug like labs, with its operator and where it
 * is. Compute deals point at it, so a lab's profile shows the capacity it has access to, its own and through deals.
 */
@Entity
@Table(name = "data_center")
public class DataCenter extends TrackedEntity {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
    @Column(nullable = false, unique = true)
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String name;

    /** Who runs it. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "operator_lab_id")
    public Lab operator;

    /** Who owns it, where that is not its operator. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_lab_id")
    public Lab owner;

    @Size(max = 200)
    public String location;

    @Size(max = 10_000)
    public String description;
}
