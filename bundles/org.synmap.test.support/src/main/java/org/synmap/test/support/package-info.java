/**
 * Support for synmap's unit tests: {@link org.synmap.test.support.SharedData} locates the
 * read-only ISF reference data and skips the tests that need it when it is absent;
 * {@link org.synmap.test.support.NeuronSimulator} asks NEURON 8.2 how it reads a morphology.
 */
@Export
@Version("1.2.0")
package org.synmap.test.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
