package org.synmap.morphology.api;

/**
 * The structure label of a section, as ISF names them. Axons are not part of the model:
 * readers skip axon sections (ISF's mapper never reads them).
 */
public enum Structure {
    SOMA("Soma"),
    /** Basal dendrite; ISF's label is plain {@code Dendrite}. */
    DENDRITE("Dendrite"),
    APICAL_DENDRITE("ApicalDendrite");

    private final String label;

    Structure(String label) {
        this.label = label;
    }

    /** ISF's label: {@code Soma}, {@code Dendrite} or {@code ApicalDendrite}. */
    public String label() {
        return label;
    }

    /** The structure whose ISF label is {@code label}. */
    public static Structure ofLabel(String label) {
        for (Structure s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown structure label '" + label + "'");
    }
}
