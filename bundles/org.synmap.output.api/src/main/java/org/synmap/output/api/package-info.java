/**
 * Output: the SPI of writers that turn a finished embedding into files, of readers for
 * existing realizations, and the summary tables they share.
 */
@Export
@Version("2.0.0")
package org.synmap.output.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
