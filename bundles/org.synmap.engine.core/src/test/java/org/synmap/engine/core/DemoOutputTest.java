package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.TypeCounts;
import org.synmap.output.isf.IsfRealizationReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo's job (the built-in L5tt cell in the synthetic barrel cortex, here thinned for speed)
 * writes a {@code .syn}/{@code .con} pair that synmap's own ISF reader accepts, with the
 * representative sample's counts.
 */
class DemoOutputTest {

    @TempDir
    Path dir;

    @Test
    void synAndConReadBackWithTheRepresentativeCounts() throws Exception {
        EmbedOutcome o = TestEngines.full().embed(TestEngines.small(8, 1, 2, dir), ProgressListener.NONE);
        Realization read = new IsfRealizationReader().read(dir.resolve(TestEngines.l5ttFile("synapses", "syn")));

        Map<String, int[]> perType = new HashMap<>(); // type → {synapses, connected cells}
        for (SynapseBlock b : read.blocks()) {
            int[] c = perType.computeIfAbsent(b.type(), k -> new int[2]);
            c[0] += b.size();
            c[1] += b.connectedCells();
        }
        int synapses = 0;
        for (TypeCounts r : o.perType()) {
            int[] c = perType.getOrDefault(r.type(), new int[2]);
            assertEquals(r.synapses(), c[0], r.type() + " synapses");
            assertEquals(r.connectedCells(), c[1], r.type() + " connected cells");
            synapses += r.synapses();
        }
        JsonNode rep = new ObjectMapper().readTree(dir.resolve("run.json").toFile()).get("perSample")
                .get(o.representative());
        assertEquals(rep.get("synapses").asInt(), read.synapseCount());
        assertEquals(rep.get("connectedCells").asInt(), read.connectedCells());
        assertEquals(synapses, read.synapseCount());

        // NumberOfConnectedCells.csv agrees with the .con, pair by pair.
        Map<String, Integer> ncc = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("NumberOfConnectedCells.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            ncc.put(f[0] + "/" + f[1], Integer.parseInt(f[2]));
        }
        for (SynapseBlock b : read.blocks()) {
            assertEquals(b.connectedCells(), ncc.get(b.area() + "/" + b.type()), b.label());
        }
        assertEquals(read.connectedCells(), ncc.values().stream().mapToInt(Integer::intValue).sum());
    }
}
