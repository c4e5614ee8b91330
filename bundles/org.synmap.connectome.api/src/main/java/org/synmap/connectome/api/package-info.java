/**
 * Connectome models: the SPI a dense-connectome plugin implements, and the realization
 * model (synapses and presynaptic connections) it produces.
 */
@Export
@Version("2.1.0")
package org.synmap.connectome.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
