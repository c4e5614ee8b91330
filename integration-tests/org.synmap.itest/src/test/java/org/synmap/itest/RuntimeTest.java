package org.synmap.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;

/** The assembled runtime inside Felix: plugins registered, commands answering through Gogo, a real embedding. */
class RuntimeTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    SynmapEngine engine;

    @InjectService(timeout = 10_000)
    CommandProcessor processor;

    @TempDir
    Path tmp;

    private Object shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return session.execute(command);
        } finally {
            session.close();
        }
    }

    @Test
    void everyPluginOfTheDistributionIsRegistered() {
        Set<String> seen = engine.plugins().stream().map(p -> p.kind() + ":" + p.name()).collect(Collectors.toSet());
        for (String expected : List.of("morphology-reader:hoc", "morphology-reader:swc", "morphology-reader:asc",
                "morphology-reader:h5v1", "morphology-writer:hoc", "realization-writer:sonata",
                "realization-writer:neuroml", "realization-writer:report", "realization-writer:plots",
                "lattice-reader:amiramesh", "lattice-writer:amiramesh", "point-set-writer:landmarkAscii",
                "density-source:isf-folder", "density-source:synthetic-barrel-cortex", "model-writer:isf",
                "connectome-model:barrel-cortex", "realization-writer:isf", "realization-reader:isf",
                "morphology-catalog:synthetic")) {
            assertTrue(seen.contains(expected), expected + " missing from " + seen);
        }
        for (PluginInfo p : engine.plugins()) {
            assertTrue(p.bundle().startsWith("org.synmap."), p + " should name its bundle");
        }
    }

    @Test
    void pluginsCommandListsPluginsWithTheirBundles() throws Exception {
        String table = (String) shell("synmap:plugins");
        assertTrue(table.contains("barrel-cortex"), table);
        assertTrue(table.contains("org.synmap.morphology.hoc"), table);
        assertTrue(table.contains("synthetic-barrel-cortex"), table);
    }

    @Test
    void inspectCommandReadsAHocFile() throws Exception {
        Path hoc = TestFiles.smallHoc(tmp);
        String text = (String) shell("synmap:inspect '" + hoc + "'");
        assertTrue(text.matches("(?s).*\\nSoma +1 +2 +5\\.000000\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nDendrite +1 +2 +10\\.000000\\n.*"), text);
        assertTrue(text.matches("(?s).*\\ntotal +2 +4 +15\\.000000\\n.*"), text);
        String json = (String) shell("synmap:inspect '" + hoc + "' --json");
        assertTrue(json.contains("\"sections\" : 2"), json);
        assertTrue(json.contains("\"lengthUm\" : 15.0"), json);
    }

    @Test
    void inspectCommandReadsAnH5v1File() throws Exception {
        String json = (String) shell("synmap:inspect '" + TestFiles.smallH5(tmp) + "' --json");
        assertTrue(json.contains("\"reader\" : \"h5v1\""), json);
        assertTrue(json.contains("\"sections\" : 2"), json);
        assertTrue(json.contains("\"lengthUm\" : 15.0"), json);
    }

    @Test
    void inspectCommandReportsTheRealMorphology() throws Exception {
        String shared = System.getenv("SYNMAP_SHARED");
        if (shared == null) {
            shared = context.getProperty("synmap.shared");
        }
        Path hoc = shared == null ? null : Path.of(shared, "isf-data", "morphologies", "86_C2_center.hoc");
        Assumptions.assumeTrue(hoc != null && Files.isRegularFile(hoc),
                "ISF reference data not found (SYNMAP_SHARED or ../shared): skipping the real-morphology check");
        String json = (String) shell("synmap:inspect '" + hoc + "' --json");
        assertTrue(json.contains("\"sections\" : 167"), json);
        assertTrue(json.contains("\"points\" : 13962"), json);
        assertTrue(json.contains("\"lengthUm\" : 15290.38623"), json);
    }

    @Test
    void demoRunsInsideTheFramework() throws Exception {
        Path out = tmp.resolve("demo");
        String report = (String) shell("synmap:demo --samples 3 --threads 2 --out '" + out + "'");
        assertTrue(report.contains("representative sample"), report);
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".syn")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".con")), names.toString());
        assertTrue(names.contains("NumberOfConnectedCells.csv"), names.toString());
        assertTrue(names.contains("run.json"), names.toString());
        Path syn;
        try (Stream<Path> files = Files.list(out)) {
            syn = files.filter(p -> p.toString().endsWith(".syn")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(syn);
        assertEquals("# Synapse distribution file", lines.get(0));
        assertTrue(lines.size() > 1000, "a full-scale demo sample has thousands of synapses, got " + lines.size());

        // The written realization reads back through the ISF .syn/.con reader.
        String summary = (String) shell("synmap:inspect '" + syn + "'");
        int synapses = lines.size() - 4;
        assertTrue(summary.matches("(?s).*\\ntotal +" + synapses + " +\\d+$"), summary);
    }

    /** The SONATA and NeuroML writers inside the runtime: the SONATA writer gets its hoc writer there. */
    @Test
    void embedWritesSonataAndNeuroMl() throws Exception {
        Path out = tmp.resolve("formats");
        shell("synmap:embed builtin:l5tt-c2 --data synthetic-barrel-cortex --data-param scale=0.05 --cell-type L5tt"
                + " --samples 2 --seed 3 --format isf,sonata,neuroml --out '" + out + "'");
        for (String name : List.of("nodes.h5", "edges.h5", "node_types.csv", "edge_types.csv", "circuit_config.json",
                "morphologies/l5tt-c2.hoc", "l5tt-c2.cell.nml", "l5tt-c2.net.nml")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        Path syn;
        try (Stream<Path> files = Files.list(out)) {
            syn = files.filter(p -> p.toString().endsWith(".syn")).findFirst().orElseThrow();
        }
        long synapses = Files.readAllLines(syn).size() - 4;
        long connections = Files.readAllLines(out.resolve("l5tt-c2.net.nml")).stream()
                .filter(l -> l.contains("<connection ")).count();
        assertEquals(synapses, connections, "one NeuroML connection per .syn line");
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("edges.h5") && json.contains("l5tt-c2.net.nml"), "run.json lists the outputs");
    }

    /**
     * Every sample of a second model (rules, no areas) as a SONATA circuit and a NeuroML network in
     * its own folder, read back in the framework with jhdf: one edge per .syn line, at the same
     * sections and positions; the representative's circuit is its sample's.
     */
    @Test
    void everySampleOfTheRulesModelIsWrittenAsSonataAndNeuroMl() throws Exception {
        Path rules = Files.writeString(tmp.resolve("rules.json"), """
                { "postsynapticTypes": ["Pyramid"],
                  "populations": [
                    { "name": "Near", "cells": 400, "excitatory": true, "synapsesPerUm": { "Dendrite": 0.05 },
                      "synapsesPerConnection": 2.0 },
                    { "name": "Far", "cells": 500, "excitatory": false, "synapsesPerUm": { "ApicalDendrite": 0.02 },
                      "synapsesPerConnection": 3.0 } ] }
                """);
        Path out = tmp.resolve("rules-out");
        shell("synmap:embed builtin:l5tt-c2 --model rules --data '" + rules + "' --cell-type Pyramid --samples 3"
                + " --seed 11 --all-realizations --format isf,sonata,neuroml --out '" + out + "'");
        List<Path> folders = List.of(out, out.resolve("realizations/sample_000"), out.resolve("realizations/sample_001"),
                out.resolve("realizations/sample_002"));
        for (Path folder : folders) {
            Path syn;
            try (Stream<Path> files = Files.list(folder)) {
                syn = files.filter(p -> p.toString().endsWith(".syn")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(syn).stream().skip(4).filter(l -> !l.isBlank()).toList();
            assertTrue(lines.size() > 10, folder + ": " + lines.size() + " synapses");
            List<String> fromSyn = lines.stream().map(l -> l.split("\t")).map(f -> f[1] + " " + (float) Double.parseDouble(f[2]))
                    .sorted().toList();
            try (io.jhdf.HdfFile h5 = new io.jhdf.HdfFile(folder.resolve("edges.h5"))) {
                String pop = "/edges/rules__embedded__chemical/";
                Object sources = h5.getDatasetByPath(pop + "source_node_id").getData();
                assertEquals(lines.size(), java.lang.reflect.Array.getLength(sources), folder.toString());
                long[] sections = (long[]) h5.getDatasetByPath(pop + "0/afferent_section_id").getData();
                float[] pos = (float[]) h5.getDatasetByPath(pop + "0/afferent_section_pos").getData();
                List<String> fromEdges = new java.util.ArrayList<>();
                for (int i = 0; i < sections.length; i++) {
                    fromEdges.add(sections[i] + " " + pos[i]);
                }
                assertEquals(fromSyn, fromEdges.stream().sorted().toList(), folder + ": edges at the .syn lines' places");
                assertEquals("rules", h5.getDatasetByPath(pop + "source_node_id").getAttribute("node_population").getData());
            }
            try (io.jhdf.HdfFile h5 = new io.jhdf.HdfFile(folder.resolve("nodes.h5"))) {
                assertEquals(900, java.lang.reflect.Array.getLength(h5.getDatasetByPath("/nodes/rules/node_type_id").getData()));
            }
            long connections = Files.readAllLines(folder.resolve("l5tt-c2.net.nml")).stream()
                    .filter(l -> l.contains("<connection ")).count();
            assertEquals(lines.size(), connections, folder + ": one NeuroML connection per .syn line");
            assertTrue(Files.readString(folder.resolve("node_types.csv")).contains("virtual rules Far NONE i"));
        }
        String run = Files.readString(out.resolve("run.json"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"representativeSample\" : (\\d+)").matcher(run);
        assertTrue(m.find(), run);
        Path representative = out.resolve(String.format("realizations/sample_%03d", Integer.parseInt(m.group(1))));
        for (String name : List.of("edges.h5", "nodes.h5", "l5tt-c2.net.nml")) {
            assertEquals(-1L, Files.mismatch(out.resolve(name), representative.resolve(name)), name);
        }
    }

    /** The report and the figures inside the runtime (JFreeChart embedded in the plots bundle, drawing headless). */
    @Test
    void embedWritesTheReportAndFiguresAndReportRebuildsIt() throws Exception {
        Path out = tmp.resolve("pictures");
        String summary = (String) shell("synmap:embed builtin:l5tt-c2 --data synthetic-barrel-cortex"
                + " --data-param scale=0.05 --cell-type L5tt --samples 2 --seed 3 --report --plots --out '" + out + "'");
        assertTrue(summary.contains("report: " + out.resolve("report.html")), summary);
        for (String name : List.of("synapses-xz", "synapses-yz", "synapses-per-type", "depth-profile")) {
            assertTrue(Files.size(out.resolve("plots/" + name + ".svg")) > 0, name);
            assertTrue(Files.size(out.resolve("plots/" + name + ".png")) > 0, name);
        }
        Files.delete(out.resolve("report.html"));
        String rebuilt = (String) shell("synmap:report '" + out + "'");
        assertTrue(rebuilt.startsWith("wrote "), rebuilt);
        assertTrue(Files.readString(out.resolve("report.html")).contains("\"morphology\":\"l5tt-c2\""));
        // the figures again, the morphology named explicitly (as for a folder from another machine)
        Files.delete(out.resolve("plots/depth-profile.svg"));
        String figures = (String) shell("synmap:report '" + out + "' --format plots --morphology builtin:l5tt-c2");
        assertTrue(figures.contains("depth-profile.svg"), figures);
        assertTrue(Files.size(out.resolve("plots/depth-profile.svg")) > 0);
    }

    @Test
    void batchRunsEveryRowAndARerunSkipsThem() throws Exception {
        Path jobs = Files.writeString(tmp.resolve("jobs.csv"),
                "morphology,cell_type,seed\nbuiltin:l5tt-c2,L5tt,1\nbuiltin:l5tt-c2,L5tt,2\n");
        Path out = tmp.resolve("batch");
        String command = "synmap:batch '" + jobs + "' --data synthetic-barrel-cortex --data-param scale=0.05"
                + " --samples 2 --threads 2 --out '" + out + "'";
        String first = (String) shell(command);
        assertTrue(first.startsWith("batch: 2 jobs: 2 done, 0 reused from an earlier run"), first);
        assertTrue(Files.isRegularFile(out.resolve("l5tt-c2_L5tt_seed2/l5tt-c2_synapses_seed2.syn")));
        String again = (String) shell(command);
        assertTrue(again.startsWith("batch: 2 jobs: 0 done, 2 reused from an earlier run"), again);
    }

    @Test
    void exportIsfCommandWritesAFolderTheIsfSourceReadsBack() throws Exception {
        Path out = tmp.resolve("bc");
        String report = (String) shell("synmap:export-isf --source synthetic-barrel-cortex --out '" + out
                + "' --scale 0.01 --densities 1 --spacing 100");
        assertTrue(report.startsWith("wrote "), report);
        org.synmap.density.api.AnatomicalModel exported = engine.openModel(out.toString(), java.util.Map.of());
        org.synmap.density.api.AnatomicalModel generated = engine.openModel("synthetic-barrel-cortex",
                java.util.Map.of("scale", "0.01", "densities", "1", "spacing", "100"));
        assertEquals(generated.areas(), exported.areas());
        assertEquals(generated.cellTypes(), exported.cellTypes());
        for (String area : generated.areas()) {
            for (String type : generated.cellTypes()) {
                assertEquals(generated.cellCount(area, type), exported.cellCount(area, type), area + " " + type);
                assertEquals(1, exported.boutonLattices(area, type).size(), area + " " + type);
            }
        }
    }
}
