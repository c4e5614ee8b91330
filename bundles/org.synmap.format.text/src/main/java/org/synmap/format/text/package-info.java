/**
 * Number text exactly as Python 3 and C print it (ISF's files are written by Python), and
 * atomic file writes.
 */
@Export
@Version("1.0.0")
package org.synmap.format.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
