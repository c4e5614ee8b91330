package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.api.TypeCounts;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Another format for an earlier run's folder ({@code writeFormat}): rebuilt from run.json, the
 * .syn/.con and the morphology, which may be named anew when it moved, but must be the same.
 */
class ExistingOutputTest {
    @TempDir
    Path tmp;

    /** Writes what it was given: the morphology's name and section count, and the sample's synapses. */
    @SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "facts", description = "test: what it was given")
    static final class FactsWriter implements RealizationWriter {
        @Override
        public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
            Path f = Files.writeString(directory.resolve("facts.txt"), result.morphology().name() + " "
                    + result.morphology().sections().size() + " " + result.realization().synapseCount());
            return List.of(f);
        }
    }

    private Engine engine() {
        Engine e = TestEngines.full();
        e.register(new FactsWriter());
        return e;
    }

    /** Embeds the built-in cell written as a hoc file at {@code cell}; returns the output folder. */
    private EmbedOutcome runOn(Engine e, Path cell) {
        e.writeMorphology(e.read(TestEngines.L5TT, Map.of()).morphology(), cell);
        return e.embed(TestEngines.job(cell.toString(), 2, 5, 1, tmp.resolve("out"), false, List.of("isf")),
                ProgressListener.NONE);
    }

    @Test
    void aMovedMorphologyIsNamedWithMorphologyAndMustBeTheSameGeometry() throws IOException {
        Engine e = engine();
        Path cell = tmp.resolve("cells/cell.hoc");
        Files.createDirectories(cell.getParent());
        EmbedOutcome run = runOn(e, cell);
        Path folder = run.directory();
        long synapses = run.perType().stream().mapToLong(TypeCounts::synapses).sum();

        Path moved = Files.move(cell, tmp.resolve("elsewhere.hoc"));
        SynmapException gone = assertThrows(SynmapException.class, () -> e.writeFormat(folder, "facts"));
        assertTrue(gone.getMessage().contains(cell + ", is not there") && gone.getMessage().contains("--morphology"),
                gone.getMessage());

        List<Path> written = e.writeFormat(folder, "facts", moved.toString());
        assertEquals(List.of(folder.resolve("facts.txt")), written);
        String facts = Files.readString(folder.resolve("facts.txt"));
        assertTrue(facts.endsWith(" " + synapses), facts + " vs " + synapses);

        // another neuron under the old name is refused, naming the file
        Path other = tmp.resolve("other.hoc");
        Matcher first = Pattern.compile("pt3dadd\\(([-0-9.]+),").matcher(Files.readString(moved));
        assertTrue(first.find());
        Files.writeString(other, first.replaceFirst("pt3dadd(" + (Double.parseDouble(first.group(1)) + 1) + ","));
        SynmapException different = assertThrows(SynmapException.class,
                () -> e.writeFormat(folder, "facts", other.toString()));
        assertTrue(different.getMessage().startsWith(other + " is not the morphology this run embedded"),
                different.getMessage());
    }
}
