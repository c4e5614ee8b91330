package org.synmap.density.api;

/** The class of a presynaptic cell type: excitatory or inhibitory. */
public enum CellClass {
    EXC,
    INH
}
