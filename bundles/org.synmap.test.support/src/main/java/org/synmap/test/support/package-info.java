/**
 * Support for synmap's unit tests: {@link org.synmap.test.support.SharedData} locates the
 * read-only ISF reference data and skips the tests that need it when it is absent.
 */
@Export
@Version("1.1.0")
package org.synmap.test.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
