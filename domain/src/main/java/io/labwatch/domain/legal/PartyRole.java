package io.labwatch.domain.legal;

/** A party's part in a case, as the docket names it. */
public enum PartyRole {
    PLAINTIFF, DEFENDANT, INTERVENOR, WITNESS, AMICUS, OTHER
}
