package org.synmap.morphology.hoc;

/** Which hoc statements {@link HocReader} understands. */
public enum HocMode {

    /**
     * ISF's hoc subset exactly (isf-spec §2.1): the morphology ISF's reader builds, or an error
     * where ISF's reader fails. Data ISF silently ignores is reported as a warning.
     */
    ISF,

    /**
     * NEURON-style files: {@code connect} anywhere, names such as {@code ApicalDendrite_3},
     * {@code create a, b, c}, {@code access}, {@code name { ... }} blocks, comments anywhere.
     */
    NEURON,

    /**
     * The default: ISF's rules; only when they fail or would silently drop data is the file
     * read with {@link #NEURON} rules instead, with a warning saying so.
     */
    ISF_THEN_NEURON
}
