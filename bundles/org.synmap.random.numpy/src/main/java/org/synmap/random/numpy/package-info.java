/**
 * A bit-exact Java reproduction of numpy's legacy global {@code RandomState} (MT19937):
 * seeding, raw 32-bit outputs, 53-bit doubles, masked bounded integers, permutations and
 * Poisson variates, in the order and with the consumption numpy uses (isf-spec.md §1.16).
 * Used to replay a seeded ISF run byte for byte.
 */
@Export
@Version("1.0.0")
package org.synmap.random.numpy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
