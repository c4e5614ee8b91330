/**
 * A full-size synthetic benchmark of the barrel-cortex connectome model: precomputation time,
 * time per sample, and time for a batch of samples on all cores.
 */
@Export
@Version("1.0.0")
package org.synmap.connectome.barrelcortex.bench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
