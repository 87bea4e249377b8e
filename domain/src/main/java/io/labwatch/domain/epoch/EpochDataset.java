package io.labwatch.domain.epoch;

import java.util.List;

/**
 * One Epoch AI file layout Labwatch imports: its name in the API, the hub it belongs to (for the citation), the columns
 * it needs and the ones it reads when present (source columns, "Source 2" or "Link", are known to every layout), and
 * how a row becomes Labwatch records. One subclass per file; {@link EpochImporter} finds them all.
 */
public abstract class EpochDataset {

    /** The path segment: {@code /api/import/epoch/revenue}. */
    public final String name;
    /** The hub, as Epoch asks to be cited: "AI Companies". */
    public final String hub;
    /** The hub's path under epoch.ai/data: "ai-companies". */
    public final String hubPath;
    public final List<String> required;
    public final List<String> optional;

    protected EpochDataset(String name, String hub, String hubPath, List<String> required, List<String> optional) {
        this.name = name;
        this.hub = hub;
        this.hubPath = hubPath;
        this.required = required;
        this.optional = optional;
    }

    /** Turns a row into proposed records, or skips it saying why. */
    public abstract void read(EpochRow row);
}
