/**
 * Anatomical models (cell counts, PST constants, normalization and bouton lattices), the
 * uniform lattice type, and the SPI of density-source and lattice-format plugins.
 */
@Export
@Version("2.0.0")
package org.synmap.density.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
