/**
 * What every synmap plugin shares, whatever its kind: the service properties that describe it
 * ({@link org.synmap.plugin.api.SynmapPlugin}) and its typed, described parameters
 * ({@link org.synmap.plugin.api.Parameter}, {@link org.synmap.plugin.api.Parameters}).
 */
@Export
@Version("1.0.0")
package org.synmap.plugin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
