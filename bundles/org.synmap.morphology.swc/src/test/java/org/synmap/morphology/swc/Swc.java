package org.synmap.morphology.swc;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.synmap.morphology.api.Morphology;

/** Hand-made SWC text in tests. */
final class Swc {

    private Swc() {
    }

    /** Reads through the SPI's stream method, so the morphology carries the reader's warnings. */
    static Morphology read(String name, String text) throws IOException {
        return new SwcReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    static SwcSplit split(String text) throws IOException {
        return SwcSectionSplitter.split(SwcParser.parse(new BufferedReader(new StringReader(text)), "t.swc"), "t.swc");
    }
}
