/**
 * Geometry of NEURON's Import3d shared by the morphology readers that must build the sections
 * NEURON builds: the centre line of a traced soma contour.
 */
@Export
@Version("1.0.0")
package org.synmap.morphology.import3d;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
