/**
 * The engine's service interface: what the shell commands (and any other front end) call to
 * list plugins, read morphologies and existing realizations (1.2), run embedding jobs and
 * benchmark them (1.1), run batches of jobs and serve or submit them to other machines (2.1).
 */
@Export
@Version("2.1.0")
package org.synmap.engine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
