package io.labwatch.domain.legal;

/** What happened in a case on a day: a filing, a hearing, an exhibit, a ruling, the trial's start or end, a verdict, ... */
public enum CaseEventType {
    FILING("a filing"), HEARING("a hearing"), EXHIBIT("an exhibit"), TESTIMONY("testimony"), RULING("a ruling"),
    INJUNCTION("an injunction"), TRIAL_STARTED("the trial began"), TRIAL_CONCLUDED("the trial concluded"), VERDICT("a verdict"),
    SETTLEMENT("a settlement"), DISMISSAL("a dismissal"), APPEAL("an appeal"), OTHER("an event");

    /** How a line names it: "Musk v. Altman: the trial concluded", "Musk v. Altman: an exhibit". */
    public final String words;

    CaseEventType(String words) {
        this.words = words;
    }
}
