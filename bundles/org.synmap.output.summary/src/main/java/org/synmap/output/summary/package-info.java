/**
 * ISF's connectivity summary (isf-spec §1.12, §1.13) with numpy-exact arithmetic (§1.17):
 * per-sample tables, the population distribution over samples and the choice of the
 * representative sample.
 */
@Export
@Version("2.0.0")
package org.synmap.output.summary;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
