package org.synmap.density.isf;

/** File and folder names of ISF's barrel-cortex layout (isf-spec §1.1, §2.4–§2.6, §4). */
final class IsfLayout {
    static final String NR_CELLS = "nrCells.csv";
    static final String CONNECTIONS = "ConnectionsV8.csv";
    static final String PST_FOLDER = "PST";
    static final String EXC_NORMALIZATION = "EXNormalizationPSTs.am";
    static final String INH_NORMALIZATION = "INHNormalizationPSTs.am";
    /** The name ISF's download script gives the INH field (isf-spec §4); accepted as well. */
    static final String INH_NORMALIZATION_DOWNLOADED = "INHNormalizationsPSTs.am";
    static final String BOUTON_ROOT = "singleaxon_boutons_ascii";

    private IsfLayout() {
    }
}
