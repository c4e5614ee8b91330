package org.synmap.output.sonata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import org.synmap.connectome.api.Population;
import org.synmap.format.text.AtomicFiles;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Writes {@code nodes.h5} and {@code edges.h5} with jhdf, following the SONATA developer guide
 * and BlueBrain's sonata-extension for chemical synapses.
 */
final class SonataFiles {
    private static final DatasetCreationOptions UNSIGNED = DatasetCreationOptions.builder().unsigned().build();

    private SonataFiles() {
    }

    /**
     * Two node populations: the embedded neuron (node 0, node type 0, biophysical) and the
     * presynaptic cells (node type = population index + 1, virtual), with their index within
     * their population as {@code synmap_cell_index}.
     */
    static Path writeNodes(Path file, Names names, Morphology morphology, List<Population> populations,
            long[] populationStart) throws IOException {
        return AtomicFiles.writeFile(file, tmp -> {
            try (WritableHdfFile h5 = HdfFile.write(tmp)) {
                WritableGroup nodes = h5.putGroup("nodes");
                WritableGroup post = nodes.putGroup(names.target());
                post.putDataset("node_type_id", new long[] {0});
                post.putDataset("node_group_id", new long[] {0});
                post.putDataset("node_group_index", new long[] {0});
                WritableGroup postGroup = post.putGroup("0");
                postGroup.putDataset("morphology", new String[] {names.morphology()});
                double[] soma = somaCentre(morphology);
                if (soma != null) {
                    postGroup.putDataset("x", new float[] {(float) soma[0]});
                    postGroup.putDataset("y", new float[] {(float) soma[1]});
                    postGroup.putDataset("z", new float[] {(float) soma[2]});
                }
                int n = Math.toIntExact(populationStart[populationStart.length - 1]);
                long[] type = new long[n];
                long[] index = new long[n];
                long[] cell = new long[n];
                for (int p = 0; p < populations.size(); p++) {
                    for (long i = populationStart[p]; i < populationStart[p + 1]; i++) {
                        type[(int) i] = p + 1;
                        cell[(int) i] = i - populationStart[p];
                    }
                }
                for (int i = 0; i < n; i++) {
                    index[i] = i;
                }
                if (n == 0) {
                    return; // a model without presynaptic cells: jhdf writes no datasets of length 0
                }
                WritableGroup pre = nodes.putGroup(names.source());
                pre.putDataset("node_type_id", type);
                pre.putDataset("node_group_id", new long[n]);
                pre.putDataset("node_group_index", index);
                pre.putGroup("0").putDataset("synmap_cell_index", cell, UNSIGNED);
            }
        });
    }

    /** The edge population; {@code e} must have edges (jhdf writes no datasets of length 0). */
    static Path writeEdges(Path file, Names names, SonataEdges e) throws IOException {
        return AtomicFiles.writeFile(file, tmp -> {
            try (WritableHdfFile h5 = HdfFile.write(tmp)) {
                WritableGroup pop = h5.putGroup("edges").putGroup(names.edges());
                int n = e.size();
                WritableDataset source = pop.putDataset("source_node_id", e.source, UNSIGNED);
                source.putAttribute("node_population", names.source());
                WritableDataset target = pop.putDataset("target_node_id", new long[n], UNSIGNED);
                target.putAttribute("node_population", names.target());
                long[] edgeType = new long[n];
                long[] index = new long[n];
                for (int i = 0; i < n; i++) {
                    edgeType[i] = e.edgeType[i];
                    index[i] = i;
                }
                pop.putDataset("edge_type_id", edgeType);
                pop.putDataset("edge_group_id", new long[n]);
                pop.putDataset("edge_group_index", index, UNSIGNED);
                WritableGroup group = pop.putGroup("0");
                group.putDataset("afferent_section_id", e.sectionId, UNSIGNED);
                group.putDataset("afferent_section_pos", e.sectionPos);
                group.putDataset("afferent_section_type", e.sectionType, UNSIGNED);
                group.putDataset("afferent_segment_id", e.segmentId, UNSIGNED);
                group.putDataset("afferent_segment_offset", e.segmentOffset);
                group.putDataset("afferent_center_x", e.centerX);
                group.putDataset("afferent_center_y", e.centerY);
                group.putDataset("afferent_center_z", e.centerZ);
                group.putDataset("syn_type_id", e.synType, UNSIGNED);
                WritableGroup indices = pop.putGroup("indices");
                writeIndex(indices.putGroup("source_to_target"), e.source, e.sourceNodes());
                writeIndex(indices.putGroup("target_to_source"), new long[n], 1);
            }
        });
    }

    /**
     * SONATA's edge index for edges sorted by the indexed node: per node, the rows
     * {@code [first, end)} of {@code range_to_edge_id}; per row, the edges {@code [first, end)}.
     * Sorted edges give each node at most one range; nodes without edges get an empty range at the
     * running offset, as libsonata's index writer makes them, so that both columns never decrease.
     */
    private static void writeIndex(WritableGroup group, long[] sortedNodes, long nodes) {
        int n = Math.toIntExact(nodes);
        long[][] nodeToRanges = new long[n][2];
        int ranges = 0;
        for (int i = 0; i < sortedNodes.length; i++) {
            if (i == 0 || sortedNodes[i] != sortedNodes[i - 1]) {
                ranges++;
            }
        }
        long[][] rangeToEdges = new long[ranges][2];
        int r = -1;
        int nextNode = 0;
        for (int i = 0; i < sortedNodes.length; i++) {
            if (i == 0 || sortedNodes[i] != sortedNodes[i - 1]) {
                r++;
                rangeToEdges[r][0] = i;
                int node = (int) sortedNodes[i];
                for (; nextNode < node; nextNode++) { // nodes without edges: empty at the running offset
                    nodeToRanges[nextNode][0] = r;
                    nodeToRanges[nextNode][1] = r;
                }
                nodeToRanges[node][0] = r;
                nodeToRanges[node][1] = r + 1;
                nextNode = node + 1;
            }
            rangeToEdges[r][1] = i + 1;
        }
        for (; nextNode < n; nextNode++) {
            nodeToRanges[nextNode][0] = ranges;
            nodeToRanges[nextNode][1] = ranges;
        }
        group.putDataset("node_id_to_ranges", nodeToRanges, pairs(n));
        group.putDataset("range_to_edge_id", rangeToEdges, pairs(ranges));
    }

    /**
     * Unsigned pairs, chunked: jhdf writes a contiguous two-dimensional dataset element by element
     * (about 1 s for the 536,162 rows of the synthetic barrel cortex's index), a chunked one chunk
     * by chunk (about 0.1 s once warm). Readers see the same dataset.
     */
    private static DatasetCreationOptions pairs(int rows) {
        return DatasetCreationOptions.builder().unsigned().chunkDimensions(Math.max(1, Math.min(rows, 1 << 16)), 2)
                .build();
    }

    /** The mean of the soma sections' points, or null without a soma. */
    static double[] somaCentre(Morphology m) {
        List<Section> somas = m.sections(Structure.SOMA);
        if (somas.isEmpty()) {
            return null;
        }
        double[] c = new double[3];
        int n = 0;
        for (Section s : somas) {
            for (int i = 0; i < s.pointCount(); i++) {
                c[0] += s.x(i);
                c[1] += s.y(i);
                c[2] += s.z(i);
                n++;
            }
        }
        return new double[] {c[0] / n, c[1] / n, c[2] / n};
    }
}
