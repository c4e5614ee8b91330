/**
 * The engine's service interface: what the shell commands (and any other front end) call to
 * list plugins, read morphologies and run embedding jobs.
 */
@Export
@Version("1.0.0")
package org.synmap.engine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
