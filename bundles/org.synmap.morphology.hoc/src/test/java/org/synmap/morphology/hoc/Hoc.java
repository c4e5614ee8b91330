package org.synmap.morphology.hoc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.synmap.morphology.api.Morphology;

/** Reads hand-made hoc text in tests. */
final class Hoc {

    private Hoc() {
    }

    /** Reads through the SPI's stream method, so the morphology carries the reader's warnings. */
    static Morphology read(HocRules mode, String name, String text) throws IOException {
        return new HocReader(mode).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** A soma of two points, (0,0,0) to (10,0,0), diameter 10. */
    static final String SOMA = """
            {create soma}
            {access soma}
            {nseg = 1}
            {pt3dclear()}
            {pt3dadd(0, 0, 0, 10)}
            {pt3dadd(10, 0, 0, 10)}
            """;
}
