package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Resolver filters in words. */
class RequirementsTest {
    @Test
    void packagesWithRanges() {
        assertEquals("package org.synmap.connectome.api [3.0.0,4.0.0)", Requirements.describe("osgi.wiring.package",
                "(&(osgi.wiring.package=org.synmap.connectome.api)(version>=3.0.0)(!(version>=4.0.0)))"));
        assertEquals("package a.b [1.2.0,∞)", Requirements.describe("osgi.wiring.package",
                "(&(osgi.wiring.package=a.b)(version>=1.2.0))"));
        assertEquals("package a.b", Requirements.describe("osgi.wiring.package", "(osgi.wiring.package=a.b)"));
        assertEquals("org.synmap.connectome.api", Requirements.packageOf(
                "(&(osgi.wiring.package=org.synmap.connectome.api)(version>=3.0.0))"));
    }

    @Test
    void javaAndOtherNamespaces() {
        assertEquals("Java runtime JavaSE 21", Requirements.describe("osgi.ee",
                "(&(osgi.ee=JavaSE)(version=21))"));
        assertEquals("osgi.extender (osgi.extender=osgi.component)", Requirements.describe("osgi.extender",
                "(osgi.extender=osgi.component)"));
    }

    /** Felix's message, shortened and in words (the message of Felix 7.0.5 for a missing package). */
    @Test
    void resolverMessages() {
        String felix = "Unable to resolve com.example.broken [47](R 47.0): missing requirement [com.example.broken"
                + " [47](R 47.0)] osgi.wiring.package; (&(osgi.wiring.package=org.synmap.connectome.api)"
                + "(version>=3.0.0)(!(version>=4.0.0))) Unresolved requirements: [[com.example.broken [47](R 47.0)]"
                + " osgi.wiring.package; (&(osgi.wiring.package=org.synmap.connectome.api)(version>=3.0.0)"
                + "(!(version>=4.0.0)))]";
        assertEquals("Unable to resolve com.example.broken [47](R 47.0): missing requirement [com.example.broken"
                + " [47](R 47.0)] package org.synmap.connectome.api [3.0.0,4.0.0)", Requirements.simplify(felix));
        assertEquals("Activator start error", Requirements.simplify("Activator start error"));
    }
}
