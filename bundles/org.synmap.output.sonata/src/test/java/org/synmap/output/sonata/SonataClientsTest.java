package org.synmap.output.sonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.hoc.HocWriter;
import org.synmap.test.support.SmallEmbedding;
import org.synmap.test.support.NeuronSimulator;

/**
 * The circuit as other tools read it: the HDF5 library through h5py (types, attributes), and
 * NEURON placing every synapse at its (section, pos) on the circuit's morphology, which must be
 * the afferent_center the file states. Skipped where h5py or NEURON is absent.
 */
class SonataClientsTest {
    @TempDir
    Path dir;

    private static final String H5PY = """
            import h5py, sys
            f = h5py.File(sys.argv[1] + '/edges.h5', 'r')
            pop = f['edges/barrel_cortex__embedded__chemical']
            for name in ['source_node_id', 'target_node_id', 'edge_type_id', 'edge_group_id', 'edge_group_index',
                         '0/afferent_section_id', '0/afferent_section_pos', '0/afferent_section_type',
                         '0/afferent_center_x', '0/syn_type_id', 'indices/source_to_target/node_id_to_ranges']:
                print(name, pop[name].dtype, pop[name].shape)
            def text(a):  # jhdf writes fixed-length strings, which h5py returns as bytes
                return a.decode('ascii') if isinstance(a, bytes) else a
            print('source population', text(pop['source_node_id'].attrs['node_population']))
            print('target population', text(pop['target_node_id'].attrs['node_population']))
            print('sources', list(pop['source_node_id'][:]))
            n = h5py.File(sys.argv[1] + '/nodes.h5', 'r')
            print('nodes', len(n['nodes/barrel_cortex/node_type_id']), n['nodes/embedded/0/morphology'][0].decode())
            """;

    /**
     * NEURON: sections in creation order are synmap's ids; the point at x by 3D arc length, and
     * the point at the segment's offset, must both be the stated centre.
     */
    private static final String NEURON = """
            import h5py, sys
            from neuron import h
            base = sys.argv[1]
            h.xopen(base + '/morphologies/cell.hoc')
            secs = [s for s in h.allsec() if 'axon' not in s.name().lower()]
            pop = h5py.File(base + '/edges.h5', 'r')['edges/barrel_cortex__embedded__chemical']
            g = pop['0']
            worst = 0.0
            for i in range(len(pop['source_node_id'])):
                sec = secs[int(g['afferent_section_id'][i])]
                target = float(g['afferent_section_pos'][i]) * sec.L
                n = int(h.n3d(sec=sec))
                p = None
                for k in range(n - 1):
                    a, b = h.arc3d(k, sec=sec), h.arc3d(k + 1, sec=sec)
                    if b >= target and b > a:
                        f = min(1.0, max(0.0, (target - a) / (b - a)))
                        p = [c(k, sec=sec) + f * (c(k + 1, sec=sec) - c(k, sec=sec)) for c in (h.x3d, h.y3d, h.z3d)]
                        break
                if p is None:
                    p = [c(n - 1, sec=sec) for c in (h.x3d, h.y3d, h.z3d)]
                stated = [float(g['afferent_center_' + a][i]) for a in 'xyz']
                worst = max(worst, max(abs(u - v) for u, v in zip(p, stated)))
                # the same point from the segment (3D points k, k+1) and the distance along it
                k, off = int(g['afferent_segment_id'][i]), float(g['afferent_segment_offset'][i])
                a, b = h.arc3d(k, sec=sec), h.arc3d(k + 1, sec=sec)
                f = off / (b - a) if b > a else 0.0
                q = [c(k, sec=sec) + f * (c(k + 1, sec=sec) - c(k, sec=sec)) for c in (h.x3d, h.y3d, h.z3d)]
                worst = max(worst, max(abs(u - v) for u, v in zip(q, stated)))
            print('edges', len(pop['source_node_id']))
            print('worst', repr(worst))
            """;

    /**
     * A reader's view of the whole circuit, starting from circuit_config.json: the populations the
     * config names are the files', every node type and edge type is in its table with the model
     * type the config states, ids are uint64 and inside their populations, the edge population is
     * named after its node populations, edges are sorted by (source, target), group columns have
     * one row per edge, and both indices give every edge to its node exactly once.
     */
    private static final String VALIDATE = """
            import h5py, json, csv, sys, os
            import numpy as np
            base = sys.argv[1]
            cfg = json.load(open(os.path.join(base, 'circuit_config.json')))
            def path(p): return os.path.join(base, p.replace('$BASE_DIR/', ''))
            problems = []
            def check(ok, what):
                if not ok: problems.append(what)
            sizes = {}
            for entry in cfg['networks']['nodes']:
                f = h5py.File(path(entry['nodes_file']), 'r')
                types = {int(r['node_type_id']): r for r in csv.DictReader(open(path(entry['node_types_file'])), delimiter=' ')}
                check(set(entry['populations']) == set(f['nodes']), 'config node populations %s vs file %s' % (set(entry['populations']), set(f['nodes'])))
                for name, pop in f['nodes'].items():
                    n = len(pop['node_type_id'])
                    sizes[name] = n
                    for d in ('node_type_id', 'node_group_id', 'node_group_index'):
                        check(len(pop[d]) == n and pop[d].dtype.kind in 'iu', name + '/' + d)
                    check(set(np.unique(pop['node_type_id'][:])) <= set(types), name + ': node types not in the table')
                    model = {types[int(t)]['model_type'] for t in np.unique(pop['node_type_id'][:])}
                    check(model == {entry['populations'][name]['type']}, name + ': model_type %s vs config type' % model)
                    for g in np.unique(pop['node_group_id'][:]):
                        grp = pop[str(g)]
                        idx = pop['node_group_index'][:][pop['node_group_id'][:] == g]
                        for d in grp.values():
                            check(len(d) > idx.max(), name + '/' + str(g) + '/' + d.name)
            edges_seen = 0
            for entry in cfg['networks']['edges']:
                f = h5py.File(path(entry['edges_file']), 'r')
                etypes = {int(r['edge_type_id']) for r in csv.DictReader(open(path(entry['edge_types_file'])), delimiter=' ')}
                check(set(entry['populations']) == set(f['edges']), 'config edge populations')
                for name, pop in f['edges'].items():
                    src, tgt = pop['source_node_id'], pop['target_node_id']
                    check(src.dtype == np.uint64 and tgt.dtype == np.uint64, name + ': ids not uint64')
                    sp = src.attrs['node_population']; tp = tgt.attrs['node_population']
                    sp = sp.decode() if isinstance(sp, bytes) else sp; tp = tp.decode() if isinstance(tp, bytes) else tp
                    check(name == '%s__%s__chemical' % (sp, tp), name + ': not <src>__<tgt>__chemical')
                    s, t = src[:], tgt[:]
                    n = len(s); edges_seen += n
                    check((s < sizes[sp]).all() and (t < sizes[tp]).all(), name + ': ids beyond their populations')
                    check(np.all(np.diff(s.astype(np.int64) * (sizes[tp] + 1) + t.astype(np.int64)) >= 0), name + ': not sorted by (source, target)')
                    check(set(np.unique(pop['edge_type_id'][:])) <= etypes, name + ': edge types not in the table')
                    g = pop['0']
                    for d in g.values():
                        check(len(d) == n, name + '/0/' + d.name + ' length')
                    check(((g['afferent_section_pos'][:] >= 0) & (g['afferent_section_pos'][:] <= 1)).all(), 'pos outside [0,1]')
                    check(np.isin(g['afferent_section_type'][:], [1, 3, 4]).all(), 'section types')
                    for direction, ids, count in (('source_to_target', s, sizes[sp]), ('target_to_source', t, sizes[tp])):
                        ix = pop['indices'][direction]
                        nr, re = ix['node_id_to_ranges'][:], ix['range_to_edge_id'][:]
                        check(nr.shape == (count, 2) and nr.dtype == np.uint64 and re.dtype == np.uint64, direction + ' shapes')
                        covered = np.zeros(n, dtype=int)
                        for node in range(count):
                            for row in range(nr[node, 0], nr[node, 1]):
                                a, b = re[row]
                                check((ids[a:b] == node).all(), direction + ': range of node %d holds other nodes' % node)
                                covered[a:b] += 1
                        check((covered == 1).all(), direction + ': edges not covered exactly once')
            print('edges', edges_seen)
            print('problems', len(problems))
            for p in problems[:20]: print(' ', p)
            """;

    private void write() throws IOException {
        new SonataWriter(new HocWriter()).write(SmallEmbedding.result(), dir);
    }

    private double worstNeuronDistance(String edges) throws IOException {
        List<String> out = NeuronSimulator.runPython(NEURON, dir, dir.toString());
        String text = String.join("\n", out);
        assertTrue(text.contains("edges " + edges), text);
        assertEquals(1, out.stream().filter(l -> l.startsWith("worst ")).count(), text);
        return out.stream().filter(l -> l.startsWith("worst ")).mapToDouble(l -> Double.parseDouble(l.substring(6)))
                .findFirst().orElseThrow();
    }

    @Test
    void h5pyReadsSonataTypesAndAttributes() throws IOException {
        Assumptions.assumeTrue(NeuronSimulator.importable("h5py"), "h5py not installed (Debian python3-h5py): skipped");
        write();
        List<String> out = NeuronSimulator.runPython(H5PY, dir, dir.toString());
        String text = String.join("\n", out);
        assertTrue(text.contains("source_node_id uint64 (6,)"), text);
        assertTrue(text.contains("target_node_id uint64 (6,)"), text);
        assertTrue(text.contains("0/afferent_section_id uint32 (6,)"), text);
        assertTrue(text.contains("0/afferent_section_pos float32 (6,)"), text);
        assertTrue(text.contains("indices/source_to_target/node_id_to_ranges uint64 (8, 2)"), text);
        assertTrue(text.contains("source population barrel_cortex"), text);
        assertTrue(text.contains("target population embedded"), text);
        assertTrue(text.contains("sources [0, 2, 2, 4, 6, 6]"), text);
        assertTrue(text.contains("nodes 8 cell"), text);
    }

    @Test
    void neuronPlacesEverySynapseAtItsStatedCentre() throws IOException {
        NeuronSimulator.assumeAvailable();
        Assumptions.assumeTrue(NeuronSimulator.importable("h5py"), "h5py not installed (Debian python3-h5py): skipped");
        write();
        double worst = worstNeuronDistance("6");
        assertTrue(worst < 0.01, "NEURON places a synapse " + worst + " µm from its afferent_center");
    }

    /** The same between traced points and past a repeated point, where the centre is found by arc length. */
    @Test
    void neuronPlacesSynapsesBetweenTracedPointsAtTheirStatedCentre() throws IOException {
        NeuronSimulator.assumeAvailable();
        Assumptions.assumeTrue(NeuronSimulator.importable("h5py"), "h5py not installed (Debian python3-h5py): skipped");
        new SonataWriter(new HocWriter()).write(SmallEmbedding.interior(false), dir);
        double worst = worstNeuronDistance("6");
        assertTrue(worst < 0.01, "NEURON places a synapse " + worst + " µm from its afferent_center");
    }

    @Test
    void aReaderFindsTheWholeCircuitConsistentFromItsConfig() throws IOException {
        Assumptions.assumeTrue(NeuronSimulator.importable("h5py"), "h5py not installed (Debian python3-h5py): skipped");
        for (var result : List.of(SmallEmbedding.result(), SmallEmbedding.interior(false))) {
            Path circuit = java.nio.file.Files.createTempDirectory(dir, "circuit");
            new SonataWriter(new HocWriter()).write(result, circuit);
            List<String> out = NeuronSimulator.runPython(VALIDATE, dir, circuit.toString());
            assertTrue(out.contains("edges 6") && out.contains("problems 0"), String.join("\n", out));
        }
    }

    /** The HDF5 library's own dump: the types SONATA requires, and the population attributes as strings. */
    @Test
    void h5dumpShowsUnsignedIdsAndStringAttributes() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("h5dump", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && probe.exitValue() == 0, "h5dump not installed (Debian hdf5-tools): skipped");
        write();
        String pop = "/edges/barrel_cortex__embedded__chemical";
        String source = h5dump("-d", pop + "/source_node_id");
        assertTrue(source.contains("DATATYPE  H5T_STD_U64LE"), source);
        assertTrue(source.contains("(0): 0, 2, 2, 4, 6, 6"), source);
        String attribute = h5dump("-a", pop + "/target_node_id/node_population");
        assertTrue(attribute.contains("H5T_STRING") && attribute.contains("\"embedded\""), attribute);
        assertTrue(h5dump("-H", "-d", pop + "/indices/target_to_source/range_to_edge_id").contains("H5T_STD_U64LE"));
        assertTrue(h5dump("-H", "-d", pop + "/0/afferent_section_pos").contains("H5T_IEEE_F32LE"));
    }

    private String h5dump(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("h5dump"));
        command.addAll(List.of(args));
        command.add(dir.resolve("edges.h5").toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> command + ":\n" + out);
        return out;
    }

    /**
     * The root README's Python snippet, run as written (but for the morphology's name) in the
     * circuit's folder: it loads the circuit into NEURON and counts synapses and presynaptic cells.
     */
    @Test
    void theReadmeSnippetLoadsTheCircuitInNeuron() throws IOException {
        Path readme = Path.of("../../README.md");
        Assumptions.assumeTrue(Files.isRegularFile(readme), "the root README is not at ../../README.md: skipped");
        NeuronSimulator.assumeAvailable();
        Assumptions.assumeTrue(NeuronSimulator.importable("h5py"), "h5py not installed (Debian python3-h5py): skipped");
        Matcher m = Pattern.compile("(?s)Loading the SONATA output in NEURON.*?```python\n(.*?)```").matcher(
                Files.readString(readme));
        assertTrue(m.find(), "the README has no SONATA snippet for NEURON");
        String snippet = m.group(1);
        assertTrue(snippet.contains("morphologies/l5tt-c2.hoc"), snippet);
        write();
        List<String> out = NeuronSimulator.runPython(snippet.replace("morphologies/l5tt-c2.hoc", "morphologies/cell.hoc"),
                dir);
        assertTrue(out.contains("6 synapses from 4 presynaptic cells"), String.join("\n", out));
    }
}
