package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.synmap.engine.api.SynmapException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/** Plugins are chosen by their service properties: filters, then ranking, then age. */
class PluginSelectionTest {
    @TempDir
    Path dir;

    /** A reader that names every morphology after itself, with one choice parameter. */
    static final class NamingReader implements MorphologyReader {
        private final String name;

        NamingReader(String name) {
            this.name = name;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.choice("colour", "red", "a test parameter", "red", "blue"));
        }

        @Override
        public Morphology read(Path file) {
            return read(file, Parameters.parse(name, parameters(), Map.of()));
        }

        @Override
        public Morphology read(Path file, Parameters parameters) {
            return new Morphology(name + "-" + parameters.text("colour"), List.of(new Section(0, "soma",
                    Structure.SOMA, -1, Double.NaN, new double[] {0, 0, 0, 1, 0, 0}, new double[] {1, 1})));
        }

        @Override
        public Morphology read(InputStream in, String n) throws IOException {
            throw new IOException("not used");
        }
    }

    private static Map<String, Object> reader(String name, int ranking) {
        Map<String, Object> p = new HashMap<>();
        p.put(SynmapPlugin.KIND, SynmapPlugin.MORPHOLOGY_READER);
        p.put(SynmapPlugin.NAME, name);
        p.put(SynmapPlugin.EXTENSIONS, new String[] {"hoc"});
        p.put(Constants.SERVICE_RANKING, ranking);
        return p;
    }

    @Test
    void theHigherRankingWinsAnExtensionWhateverTheOrder() throws IOException {
        Path hoc = Files.writeString(dir.resolve("c.hoc"), "");
        Engine first = new Engine();
        first.register(new NamingReader("low"), reader("low", 0));
        first.register(new NamingReader("high"), reader("high", 5));
        Engine second = new Engine();
        second.register(new NamingReader("high"), reader("high", 5));
        second.register(new NamingReader("low"), reader("low", 0));
        assertEquals("high-red", first.readMorphology(hoc.toString()).name());
        assertEquals("high-red", second.readMorphology(hoc.toString()).name());
        assertEquals(List.of("morphology-reader for .hoc: high from (classpath) (ranking 5, chosen) over low from"
                + " (classpath) (ranking 0)"), first.conflicts());
    }

    @Test
    void equalRankingsGoToTheOlderService() throws IOException {
        Path hoc = Files.writeString(dir.resolve("c.hoc"), "");
        Engine engine = new Engine();
        engine.register(new NamingReader("older"), reader("older", 0));
        engine.register(new NamingReader("newer"), reader("newer", 0));
        assertEquals("older-red", engine.readMorphology(hoc.toString()).name());
    }

    @Test
    void readerParametersAreCheckedAndTyped() throws IOException {
        Path hoc = Files.writeString(dir.resolve("c.hoc"), "");
        Engine engine = new Engine();
        engine.register(new NamingReader("r"), reader("r", 0));
        assertEquals("r-blue", engine.readMorphology(hoc.toString(), Map.of("colour", "blue")).name());
        SynmapException bad = assertThrows(SynmapException.class,
                () -> engine.readMorphology(hoc.toString(), Map.of("colour", "green")));
        assertEquals("r: parameter 'colour': expected one of red, blue, got 'green'", bad.getMessage());
        SynmapException unknown = assertThrows(SynmapException.class,
                () -> engine.readMorphology(hoc.toString(), Map.of("color", "red")));
        assertEquals("r: unknown parameter 'color'; valid parameters: colour", unknown.getMessage());
    }

    @Test
    void aFolderOrADeviceIsNotAMorphologyFile() {
        Engine engine = TestEngines.full();
        SynmapException folder = assertThrows(SynmapException.class, () -> engine.readMorphology(dir.toString()));
        assertEquals(dir + " is a folder, not a morphology file", folder.getMessage());
        SynmapException device = assertThrows(SynmapException.class, () -> engine.readMorphology("/dev/null"));
        assertEquals("/dev/null is not a regular file (a device, pipe or socket), not a morphology file",
                device.getMessage());
    }
}
