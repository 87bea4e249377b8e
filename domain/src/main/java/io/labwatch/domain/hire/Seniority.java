package io.labwatch.domain.hire;

/** How senior a move is; the weight ranks moves in briefs and talent-flow counts. */
public enum Seniority {
    JUNIOR(1),
    MID(2),
    SENIOR(3),
    PRINCIPAL(4),
    EXECUTIVE(5);

    public final int weight;

    Seniority(int weight) {
        this.weight = weight;
    }

    public boolean isSenior() {
        return weight >= SENIOR.weight;
    }
}
