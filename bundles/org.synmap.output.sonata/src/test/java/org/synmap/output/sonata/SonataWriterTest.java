package org.synmap.output.sonata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.object.datatype.FixedPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.morphology.hoc.HocWriter;
import org.synmap.test.support.SmallEmbedding;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.EmbeddingResult;

class SonataWriterTest {
    @TempDir
    Path dir;

    private List<Path> write() throws IOException {
        return new SonataWriter(new HocWriter()).write(SmallEmbedding.result(), dir);
    }

    @Test
    void writesTheCircuitsFilesAtomically() throws IOException {
        List<Path> files = write();
        assertEquals(List.of(dir.resolve("morphologies/cell.hoc"), dir.resolve("nodes.h5"), dir.resolve("edges.h5"),
                dir.resolve("node_types.csv"), dir.resolve("edge_types.csv"), dir.resolve("circuit_config.json")), files);
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    /** Node ids: L5tt cells 0–4, L1 cells 5–7; edges sorted by source, a cell's synapses in their order. */
    @Test
    void edgesAreSortedBySourceWithTheirPointsAndTypes() throws IOException {
        write();
        try (HdfFile h5 = new HdfFile(dir.resolve("edges.h5"))) {
            String pop = "/edges/barrel_cortex__embedded__chemical/";
            assertArrayEquals(new long[] {0, 2, 2, 4, 6, 6}, longs(h5.getDatasetByPath(pop + "source_node_id")));
            assertArrayEquals(new long[6], longs(h5.getDatasetByPath(pop + "target_node_id")));
            assertEquals("barrel_cortex", h5.getDatasetByPath(pop + "source_node_id").getAttribute("node_population").getData());
            assertEquals("embedded", h5.getDatasetByPath(pop + "target_node_id").getAttribute("node_population").getData());
            assertArrayEquals(new long[] {0, 0, 0, 0, 1, 1}, longs(h5.getDatasetByPath(pop + "edge_type_id")));
            // synapses in source order: soma(0) p0; dend p1, apical p1 (cell 2); dend p2 (cell 4); apical p0, dend p0 (L1 cell 1)
            assertArrayEquals(new int[] {0, 1, 2, 1, 2, 1}, ints(h5.getDatasetByPath(pop + "0/afferent_section_id")));
            assertArrayEquals(new int[] {1, 3, 4, 3, 4, 3}, ints(h5.getDatasetByPath(pop + "0/afferent_section_type")));
            assertArrayEquals(new int[] {100, 100, 100, 100, 0, 0}, ints(h5.getDatasetByPath(pop + "0/syn_type_id")));
            float[] pos = (float[]) h5.getDatasetByPath(pop + "0/afferent_section_pos").getData();
            assertArrayEquals(new float[] {0f, 15f / 65f, 1f, 1f, 0f, 0f}, pos, 1e-7f);
            assertArrayEquals(new float[] {0, 0, 0, 30, 0, 0}, (float[]) h5.getDatasetByPath(pop + "0/afferent_center_x").getData());
            assertArrayEquals(new float[] {-5, 20, -105, 60, -5, 5}, (float[]) h5.getDatasetByPath(pop + "0/afferent_center_y").getData());
            for (String uint64 : List.of("source_node_id", "target_node_id", "edge_group_index",
                    "indices/source_to_target/node_id_to_ranges", "indices/source_to_target/range_to_edge_id")) {
                assertUnsigned(h5.getDatasetByPath(pop + uint64), 8);
            }
            assertUnsigned(h5.getDatasetByPath(pop + "0/afferent_section_id"), 4);
        }
    }

    @Test
    void theIndexGivesEachSourceItsEdges() throws IOException {
        write();
        try (HdfFile h5 = new HdfFile(dir.resolve("edges.h5"))) {
            String index = "/edges/barrel_cortex__embedded__chemical/indices/";
            long[][] nodes = longs2(h5.getDatasetByPath(index + "source_to_target/node_id_to_ranges"));
            long[][] ranges = longs2(h5.getDatasetByPath(index + "source_to_target/range_to_edge_id"));
            assertEquals(8, nodes.length);
            assertArrayEquals(new long[][] {{0, 1}, {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 3}, {3, 4}, {4, 4}}, nodes);
            assertArrayEquals(new long[][] {{0, 1}, {1, 3}, {3, 4}, {4, 6}}, ranges);
            assertArrayEquals(new long[][] {{0, 1}}, longs2(h5.getDatasetByPath(index + "target_to_source/node_id_to_ranges")));
            assertArrayEquals(new long[][] {{0, 6}}, longs2(h5.getDatasetByPath(index + "target_to_source/range_to_edge_id")));
        }
    }

    /**
     * The index's invariants on an embedding whose first and last nodes have no edges: each node's
     * ranges hold exactly its edges, and both columns of both datasets never decrease.
     */
    @Test
    void theIndexHoldsEachNodesEdgesExactly() throws IOException {
        EmbeddingResult base = SmallEmbedding.result();
        // L5tt cells 1 and 3 only: node 0 and nodes 4-7 have no edges
        Morphology m = base.morphology();
        Realization r = new Realization(0, List.of(new SynapseBlock("C2", "L5tt", List.of(
                new Synapse(1, 1, m.section(1).relPt(1), null, Double.NaN, Double.NaN, Double.NaN, 0, 1),
                new Synapse(2, 1, 1.0, null, Double.NaN, Double.NaN, Double.NaN, 1, 3),
                new Synapse(0, 0, 0.0, null, Double.NaN, Double.NaN, Double.NaN, 1, 3)))));
        new SonataWriter(new HocWriter()).write(new EmbeddingResult(m, "L5tt", base.model(), base.populations(), r,
                List.of(), base.runId(), base.run()), dir);
        try (HdfFile h5 = new HdfFile(dir.resolve("edges.h5"))) {
            String pop = "/edges/barrel_cortex__embedded__chemical/";
            long[] sources = longs(h5.getDatasetByPath(pop + "source_node_id"));
            long[][] nodes = longs2(h5.getDatasetByPath(pop + "indices/source_to_target/node_id_to_ranges"));
            long[][] ranges = longs2(h5.getDatasetByPath(pop + "indices/source_to_target/range_to_edge_id"));
            assertArrayEquals(new long[] {1, 3, 3}, sources);
            assertArrayEquals(new long[][] {{0, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 2}, {2, 2}, {2, 2}, {2, 2}}, nodes);
            for (int node = 0; node < nodes.length; node++) {
                List<Long> edges = new java.util.ArrayList<>();
                for (long row = nodes[node][0]; row < nodes[node][1]; row++) {
                    for (long edge = ranges[(int) row][0]; edge < ranges[(int) row][1]; edge++) {
                        edges.add(edge);
                    }
                }
                List<Long> expected = new java.util.ArrayList<>();
                for (int e = 0; e < sources.length; e++) {
                    if (sources[e] == node) {
                        expected.add((long) e);
                    }
                }
                assertEquals(expected, edges, "node " + node);
                if (node > 0) {
                    assertTrue(nodes[node][0] >= nodes[node - 1][1] && nodes[node][1] >= nodes[node][0], "node " + node);
                }
            }
        }
    }

    @Test
    void nodesNameTheirTypesAndTheMorphology() throws IOException {
        write();
        try (HdfFile h5 = new HdfFile(dir.resolve("nodes.h5"))) {
            assertArrayEquals(new long[] {1, 1, 1, 1, 1, 2, 2, 2}, longs(h5.getDatasetByPath("/nodes/barrel_cortex/node_type_id")));
            assertArrayEquals(new long[] {0, 1, 2, 3, 4, 0, 1, 2}, longs(h5.getDatasetByPath("/nodes/barrel_cortex/0/synmap_cell_index")));
            assertArrayEquals(new String[] {"cell"}, (String[]) h5.getDatasetByPath("/nodes/embedded/0/morphology").getData());
            assertArrayEquals(new float[] {0}, (float[]) h5.getDatasetByPath("/nodes/embedded/0/y").getData());
        }
        assertEquals("""
                node_type_id model_type pop_name cell_type area ei morphology
                0 biophysical embedded L5tt NONE NONE cell
                1 virtual barrel_cortex L5tt C2 e NONE
                2 virtual barrel_cortex L1 C2 i NONE
                """, Files.readString(dir.resolve("node_types.csv")));
        assertTrue(Files.readString(dir.resolve("circuit_config.json")).contains("\"morphologies_dir\" : \"$BASE_DIR/morphologies\""));
    }

    @Test
    void theWrittenMorphologyHasTheSameSectionIds() throws IOException {
        write();
        Morphology back = new HocReader().read(dir.resolve("morphologies/cell.hoc"));
        Morphology original = SmallEmbedding.morphology();
        assertEquals(original.sections().size(), back.sections().size());
        for (int i = 0; i < back.sections().size(); i++) {
            assertArrayEquals(original.section(i).coordinates(), back.section(i).coordinates(), 1e-9);
        }
    }

    /**
     * Synapses between traced points, and past a repeated point, with no 3D point given: the
     * writer finds it by arc length; the expected points are SmallEmbedding's hand computations.
     */
    @Test
    void pointsBetweenTracedPointsAreFoundByArcLength() throws IOException {
        new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(false), dir);
        try (HdfFile h5 = new HdfFile(dir.resolve("edges.h5"))) {
            String pop = "/edges/barrel_cortex__embedded__chemical/";
            assertArrayEquals(new long[] {0, 3, 3, 5, 7, 7}, longs(h5.getDatasetByPath(pop + "source_node_id")));
            assertArrayEquals(new int[] {2, 1, 1, 1, 0, 1}, ints(h5.getDatasetByPath(pop + "0/afferent_section_id")));
            // structure unknown on the synapses: taken from their sections
            assertArrayEquals(new int[] {4, 3, 3, 3, 1, 3}, ints(h5.getDatasetByPath(pop + "0/afferent_section_type")));
            assertArrayEquals(new float[] {0.25f, 0.1f, 0.5f, 0.9f, 0.5f, 15f / 65f},
                    (float[]) h5.getDatasetByPath(pop + "0/afferent_section_pos").getData());
            assertArrayEquals(new float[] {0, 0, 10.5f, 26.1f, 0, 0},
                    (float[]) h5.getDatasetByPath(pop + "0/afferent_center_x").getData(), 1e-5f);
            assertArrayEquals(new float[] {-30, 11.5f, 34, 54.8f, 0, 20},
                    (float[]) h5.getDatasetByPath(pop + "0/afferent_center_y").getData(), 1e-5f);
            assertArrayEquals(new float[6], (float[]) h5.getDatasetByPath(pop + "0/afferent_center_z").getData());
            // segments within the section (dend_1: 15, 0 and 50 µm) and the distance along them
            int[] segment = ints(h5.getDatasetByPath(pop + "0/afferent_segment_id"));
            float[] offset = (float[]) h5.getDatasetByPath(pop + "0/afferent_segment_offset").getData();
            assertArrayEquals(new int[] {0, 0, 2, 2, 0}, Arrays.copyOf(segment, 5));
            assertArrayEquals(new float[] {25, 6.5f, 17.5f, 43.5f, 5}, Arrays.copyOf(offset, 5), 1e-4f);
            // the repeated point: the end of segment 0 or the start of segment 2, never the empty segment 1
            assertTrue(segment[5] == 0 && Math.abs(offset[5] - 15) < 1e-4 || segment[5] == 2 && Math.abs(offset[5]) < 1e-4,
                    segment[5] + " " + offset[5]);
            assertUnsigned(h5.getDatasetByPath(pop + "0/afferent_segment_id"), 4);
        }
    }

    /** Given points are written as given; unknown ones found by arc length agree with them. */
    @Test
    void givenAndComputedPointsAgree() throws IOException {
        Path given = Files.createDirectories(dir.resolve("given"));
        Path computed = Files.createDirectories(dir.resolve("computed"));
        new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(true), given);
        new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(false), computed);
        try (HdfFile a = new HdfFile(given.resolve("edges.h5")); HdfFile b = new HdfFile(computed.resolve("edges.h5"))) {
            for (String axis : List.of("x", "y", "z")) {
                String path = "/edges/barrel_cortex__embedded__chemical/0/afferent_center_" + axis;
                assertArrayEquals((float[]) a.getDatasetByPath(path).getData(), (float[]) b.getDatasetByPath(path).getData(),
                        1e-5f, axis);
            }
        }
    }

    /** Determinism: the same result gives byte-identical files (no time stamps, no hash order). */
    @Test
    void theSameResultGivesTheSameBytes() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        List<Path> a = new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(true), first);
        List<Path> b = new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(true), second);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(first.relativize(a.get(i)), second.relativize(b.get(i)));
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    /**
     * A sample without synapses is a circuit without edges: jhdf writes no datasets of length 0,
     * so there is no edges.h5 and the config lists no edge files; the nodes are all there.
     */
    @Test
    void aSampleWithoutSynapsesIsACircuitWithoutEdges() throws IOException {
        EmbeddingResult full = SmallEmbedding.result();
        Realization none = new Realization(0, List.of(new SynapseBlock("C2", "L5tt", List.of()),
                new SynapseBlock("C2", "L1", List.of())));
        EmbeddingResult empty = new EmbeddingResult(full.morphology(), full.postsynapticType(), full.model(),
                full.populations(), none, List.of(), full.runId(), full.run());
        List<Path> files = new SonataWriter(new HocWriter()).write(empty, dir);
        assertEquals(List.of(dir.resolve("morphologies/cell.hoc"), dir.resolve("nodes.h5"), dir.resolve("node_types.csv"),
                dir.resolve("circuit_config.json")), files);
        assertTrue(Files.notExists(dir.resolve("edges.h5")));
        try (HdfFile h5 = new HdfFile(dir.resolve("nodes.h5"))) {
            assertEquals(8, longs(h5.getDatasetByPath("/nodes/barrel_cortex/node_type_id")).length);
        }
        String config = Files.readString(dir.resolve("circuit_config.json"));
        assertTrue(config.contains("\"edges\" : [ ]") && !config.contains("edges.h5"), config);
    }

    /** A result read back from ISF files has no presynaptic cells: refused, naming the population. */
    @Test
    void synapsesWithoutPresynapticCellsAreRefused() {
        EmbeddingResult full = SmallEmbedding.result();
        Realization unknown = new Realization(0, List.of(new SynapseBlock("C2", "L1",
                List.of(new Synapse(1, -1, 0.5, null, Double.NaN, Double.NaN, Double.NaN, 0, -1)))));
        EmbeddingResult read = new EmbeddingResult(full.morphology(), full.postsynapticType(), full.model(),
                full.populations(), unknown, List.of(), full.runId(), full.run());
        IOException e = assertThrows(IOException.class, () -> new SonataWriter(new HocWriter()).write(read, dir));
        assertTrue(e.getMessage().contains("L1_C2") && e.getMessage().contains("presynaptic cell"), e.getMessage());
    }

    /**
     * The config names every population of nodes.h5 and edges.h5 with its type (libsonata and
     * bluepysnap list only the populations the config names), and every path it gives exists.
     */
    @Test
    void theConfigNamesEveryPopulationOfTheFilesWithItsType() throws IOException {
        write();
        JsonNode config = new ObjectMapper().readTree(dir.resolve("circuit_config.json").toFile());
        assertEquals(2, config.get("version").asInt());
        assertEquals("partial", config.get("metadata").get("status").asText());
        JsonNode nodes = config.get("networks").get("nodes").get(0);
        JsonNode edges = config.get("networks").get("edges").get(0);
        assertEquals("biophysical", nodes.get("populations").get("embedded").get("type").asText());
        assertEquals("virtual", nodes.get("populations").get("barrel_cortex").get("type").asText());
        assertEquals("chemical", edges.get("populations").get("barrel_cortex__embedded__chemical").get("type").asText());
        try (HdfFile h5 = new HdfFile(dir.resolve("nodes.h5"))) {
            assertEquals(fieldNames(nodes.get("populations")), h5.getChildren().get("nodes") instanceof io.jhdf.api.Group g
                    ? g.getChildren().keySet().stream().sorted().toList() : List.of());
        }
        try (HdfFile h5 = new HdfFile(dir.resolve("edges.h5"))) {
            assertEquals(fieldNames(edges.get("populations")), h5.getChildren().get("edges") instanceof io.jhdf.api.Group g
                    ? g.getChildren().keySet().stream().sorted().toList() : List.of());
        }
        for (String path : List.of(nodes.get("nodes_file").asText(), nodes.get("node_types_file").asText(),
                edges.get("edges_file").asText(), edges.get("edge_types_file").asText(),
                config.get("components").get("morphologies_dir").asText() + "/cell.hoc")) {
            assertTrue(Files.isRegularFile(dir.resolve(path.replace("$BASE_DIR/", ""))), path);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    /** Integers of any width and sign as longs (jhdf reads uint64 as BigInteger, uint32 as long). */
    static long[] longs(Dataset d) {
        Object data = d.getData();
        if (data instanceof BigInteger[] b) {
            return Arrays.stream(b).mapToLong(BigInteger::longValueExact).toArray();
        }
        if (data instanceof int[] i) {
            return Arrays.stream(i).asLongStream().toArray();
        }
        return (long[]) data;
    }

    static int[] ints(Dataset d) {
        return Arrays.stream(longs(d)).mapToInt(Math::toIntExact).toArray();
    }

    static long[][] longs2(Dataset d) {
        Object data = d.getData();
        if (data instanceof BigInteger[][] b) {
            return Arrays.stream(b).map(row -> Arrays.stream(row).mapToLong(BigInteger::longValueExact).toArray())
                    .toArray(long[][]::new);
        }
        return (long[][]) data;
    }

    static void assertUnsigned(Dataset d, int bytes) {
        FixedPoint type = (FixedPoint) d.getDataType();
        assertTrue(!type.isSigned(), d.getPath() + " must be unsigned");
        assertEquals(bytes, type.getSize(), d.getPath());
    }
}
