package io.labwatch.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A lab or person a fact involves, in a role (read-only: the database keeps {@code fact_party} from each kind's columns). */
@Entity
@Immutable
@Table(name = "fact_party")
public class FactParty {

    @Id
    public Long id;

    @Column(name = "fact_id")
    public Long factId;

    public String role;

    @Column(name = "lab_id")
    public Long labId;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;
}
