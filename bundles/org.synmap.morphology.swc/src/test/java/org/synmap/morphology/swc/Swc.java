package org.synmap.morphology.swc;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Hand-made SWC text in tests. */
final class Swc {

    private Swc() {
    }

    static SwcReadResult read(String name, String text) throws IOException {
        return new SwcReader().readWithWarnings(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    static SwcSplit split(String text) throws IOException {
        return SwcSectionSplitter.split(SwcParser.parse(new BufferedReader(new StringReader(text)), "t.swc"), "t.swc");
    }
}
