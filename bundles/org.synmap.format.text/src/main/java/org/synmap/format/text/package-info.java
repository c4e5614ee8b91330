/**
 * Number text exactly as Python 3 and C print it (ISF's files are written by Python), strict
 * parsing of decimal text from input files, and atomic file writes.
 */
@Export
@Version("1.3.0")
package org.synmap.format.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
