package io.labwatch.domain.legal;

import io.labwatch.domain.figures.Amount;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An organisation or a person in a case, in a role (plaintiff, defendant, intervenor, witness), with what it claims and
 * the amount it claims where known. It stands on the party's timeline on the day a source attests the role ({@code
 * asOf}): the article that names a trial's parties rarely says when each joined it.
 */
@Entity
@Table(name = "case_party")
@DiscriminatorValue("CASE_PARTY")
public class CaseParty extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legal_case_id")
    public LegalCase legalCase;

    /** The party when it is an organisation; exactly one of lab and person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    /** The party when it is a person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role")
    public PartyRole role;

    @NotNull
    @Column(name = "as_of")
    public LocalDate asOf;

    /** What this party claims, in words. */
    @Size(max = 2000)
    public String claims;

    @Amount
    @Column(name = "amount_claimed")
    public BigDecimal amountClaimed;

    @Amount
    @Column(name = "amount_claimed_low")
    public BigDecimal amountClaimedLow;

    @Amount
    @Column(name = "amount_claimed_high")
    public BigDecimal amountClaimedHigh;

    /** The party's name, whichever it is. */
    public String partyName() {
        return lab != null ? lab.name : person == null ? "?" : person.name;
    }

    @Override
    public LocalDate occurredOn() {
        return asOf;
    }
}
