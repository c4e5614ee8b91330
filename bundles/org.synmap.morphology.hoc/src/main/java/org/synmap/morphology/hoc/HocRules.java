package org.synmap.morphology.hoc;

/** The rule set {@link HocReader} reads a hoc file by. */
public enum HocRules {

    /**
     * ISF's hoc subset exactly (isf-spec §2.1): the morphology ISF's reader builds, or an error
     * where ISF's reader fails. Data ISF silently ignores is reported as a warning.
     */
    ISF,

    /**
     * NEURON-style files as NEURON's interpreter builds them: section arrays, statements in any
     * order, {@code name { ... }} blocks, simple {@code for} loops, procedures that are called,
     * comments anywhere.
     */
    NEURON,

    /**
     * The default: ISF's rules; only when they fail or would silently drop data is the file read
     * with {@link #NEURON} rules instead, and the first warning says so. When both fail, the error
     * is that of the rule set that got further into the file.
     */
    AUTO
}
