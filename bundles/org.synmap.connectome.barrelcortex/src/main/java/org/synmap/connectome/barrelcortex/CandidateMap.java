package org.synmap.connectome.barrelcortex;

import java.util.Arrays;
import java.util.List;

import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * The voxel → candidate-point map (isf-spec §1.9): for each (structure, grid voxel), the traced
 * points of that structure's sections lying in the voxel's closed box, in (section, point)
 * order. A point on a voxel face belongs to both voxels (quirk Q5, reproduced).
 *
 * <p>Keyed by {@code structureIndex · voxels + voxel}, stored compactly (CSR). Built in one pass
 * over the points: each point's floor voxel and its two neighbours per axis get the same closed
 * test ISF applies ({@code o+i·s ≤ c ≤ o+(i+1)·s}); visiting sections and points in order and
 * sorting stably by key yields ISF's per-voxel order.
 */
final class CandidateMap {
    private final int voxels;
    private final int[] start;
    private final int[] section;
    private final int[] point;

    private CandidateMap(int voxels, int[] start, int[] section, int[] point) {
        this.voxels = voxels;
        this.start = start;
        this.section = section;
        this.point = point;
    }

    static CandidateMap build(Morphology morphology, List<Structure> structures, Lattice grid) {
        int voxels = grid.size();
        int keys = structures.size() * voxels;
        IntTriples hits = new IntTriples();
        int[][] axisHits = new int[3][3];
        int[] axisCount = new int[3];
        for (Section sec : morphology.sections()) {
            int s = structures.indexOf(sec.structure());
            for (int m = 0; m < sec.pointCount(); m++) {
                double[] c = {sec.x(m), sec.y(m), sec.z(m)};
                for (int a = 0; a < 3; a++) {
                    axisCount[a] = closedHits(grid, a, c[a], axisHits[a]);
                }
                for (int x = 0; x < axisCount[0]; x++) {
                    for (int y = 0; y < axisCount[1]; y++) {
                        for (int z = 0; z < axisCount[2]; z++) {
                            int v = grid.index(axisHits[0][x], axisHits[1][y], axisHits[2][z]);
                            hits.add(s * voxels + v, sec.id(), m);
                        }
                    }
                }
            }
        }
        // Stable counting sort by key keeps (section, point) order within each key.
        int[] start = new int[keys + 1];
        for (int h = 0; h < hits.size; h++) {
            start[hits.key[h] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, keys);
        int[] section = new int[hits.size];
        int[] point = new int[hits.size];
        for (int h = 0; h < hits.size; h++) {
            int at = fill[hits.key[h]]++;
            section[at] = hits.section[h];
            point[at] = hits.point[h];
        }
        return new CandidateMap(voxels, start, section, point);
    }

    /**
     * Grid indices on {@code axis} whose closed interval holds {@code c}, in increasing order.
     * Only the floor index and its neighbours can qualify.
     */
    private static int closedHits(Lattice grid, int axis, double c, int[] out) {
        long floor = grid.meshIndex(axis, c);
        int n = 0;
        for (long i = floor - 1; i <= floor + 1; i++) {
            if (i >= 0 && i < grid.dim(axis)) {
                int j = (int) i;
                if (grid.voxelLower(axis, j) <= c && c <= grid.voxelUpper(axis, j)) {
                    out[n++] = j;
                }
            }
        }
        return n;
    }

    /** The key of a (structure index, voxel) pair. */
    int key(int structureIndex, int voxel) {
        return structureIndex * voxels + voxel;
    }

    /** Number of candidate points under {@code key}. */
    int count(int key) {
        return start[key + 1] - start[key];
    }

    /** Section id of candidate {@code n} under {@code key}. */
    int section(int key, int n) {
        return section[start[key] + n];
    }

    /** Point index of candidate {@code n} under {@code key}. */
    int point(int key, int n) {
        return point[start[key] + n];
    }

    /** The largest candidate list. */
    int maxCount() {
        int max = 0;
        for (int k = 0; k + 1 < start.length; k++) {
            max = Math.max(max, start[k + 1] - start[k]);
        }
        return max;
    }

    /** Number of grid voxels holding at least one traced point of any structure. */
    int voxelsWithPoints() {
        int n = 0;
        for (int v = 0; v < voxels; v++) {
            for (int k = v; k + 1 < start.length; k += voxels) {
                if (start[k + 1] > start[k]) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** A growable list of (key, section, point) triples. */
    private static final class IntTriples {
        int[] key = new int[1024];
        int[] section = new int[1024];
        int[] point = new int[1024];
        int size;

        void add(int k, int s, int p) {
            if (size == key.length) {
                key = Arrays.copyOf(key, 2 * size);
                section = Arrays.copyOf(section, 2 * size);
                point = Arrays.copyOf(point, 2 * size);
            }
            key[size] = k;
            section[size] = s;
            point[size] = p;
            size++;
        }
    }
}
