/**
 * Neuron morphologies: the value types every synmap component shares and the SPI of
 * morphology reader and writer plugins.
 */
@Export
@Version("2.1.0")
package org.synmap.morphology.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
