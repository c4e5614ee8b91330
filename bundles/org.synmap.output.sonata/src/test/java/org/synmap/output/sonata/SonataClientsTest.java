package org.synmap.output.sonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    /** NEURON: sections in creation order are synmap's ids; the point at x by 3D arc length. */
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
            print('edges', len(pop['source_node_id']))
            print('worst', repr(worst))
            """;

    private void write() throws IOException {
        new SonataWriter(new HocWriter()).write(SmallEmbedding.result(), dir);
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
        List<String> out = NeuronSimulator.runPython(NEURON, dir, dir.toString());
        String text = String.join("\n", out);
        assertTrue(text.contains("edges 6"), text);
        double worst = out.stream().filter(l -> l.startsWith("worst ")).mapToDouble(l -> Double.parseDouble(l.substring(6)))
                .findFirst().orElseThrow();
        assertTrue(worst < 0.01, "NEURON places a synapse " + worst + " µm from its afferent_center:\n" + text);
        assertEquals(1, out.stream().filter(l -> l.startsWith("worst ")).count());
    }
}
