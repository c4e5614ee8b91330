package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;

/**
 * In a minimal synmap runtime (itest.bndrun: Felix, Declarative Services, the engine, the SWC
 * reader, the ISF writer and this plugin), the engine finds the model and the writer by their
 * service properties, and an embedding with them writes ISF's files and the table.
 */
class PluginInFrameworkIT {
    @InjectService(timeout = 10_000)
    SynmapEngine engine;

    @TempDir
    Path dir;

    @Test
    void theEngineFindsBothPlugins() {
        List<PluginInfo> plugins = engine.plugins();
        assertTrue(plugins.stream().anyMatch(p -> p.kind().equals("connectome-model")
                && p.name().equals(UniformSynapsesModel.NAME) && p.parameters().size() == 2), plugins.toString());
        assertTrue(plugins.stream().anyMatch(p -> p.kind().equals("realization-writer")
                && p.name().equals(SynapseTableWriter.NAME)), plugins.toString());
    }

    @Test
    void embedsAMorphologyWithTheModel() throws Exception {
        // a two-section SWC cell: soma and one 200 µm basal dendrite
        Path swc = Files.writeString(dir.resolve("cell.swc"), "1 1 0 0 0 5 -1\n2 3 0 0 0 1 1\n3 3 200 0 0 1 2\n");
        Path out = dir.resolve("out");
        EmbedOutcome outcome = engine.embed(new EmbedJob(null, Map.of(), swc.toString(), Map.of(), "AnyType",
                UniformSynapsesModel.NAME, Map.of("synapses", "25"), 4, 11, 2, out, false,
                List.of("isf", SynapseTableWriter.NAME), false), ProgressListener.NONE);
        assertTrue(outcome.toString().length() > 0);

        List<String> table = Files.readAllLines(out.resolve(SynapseTableWriter.FILE));
        assertEquals(26, table.size(), "a header and 25 synapses");
        Path syn;
        try (Stream<Path> files = Files.list(out)) {
            syn = files.filter(p -> p.toString().endsWith(".syn")).findFirst().orElseThrow();
        }
        long synapses = Files.readAllLines(syn).stream().filter(l -> l.startsWith("Uniform\t")).count();
        assertEquals(25, synapses, "the .syn file lists the same synapses");
        assertTrue(Files.exists(out.resolve("run.json")));
    }
}
