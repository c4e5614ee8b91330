package org.synmap.morphology.import3d;

/** Eigenvalues and unit eigenvectors of a symmetric 3×3 matrix, by cyclic Jacobi rotations. */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;
    private final double[] values;
    /** Eigenvectors as columns. */
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[][] matrix) {
        double[][] a = new double[3][];
        for (int i = 0; i < 3; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
            if (off == 0) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        return new SymmetricEigen(new double[] {a[0][0], a[1][1], a[2][2]}, v);
    }

    /** One Jacobi rotation zeroing a[p][q]. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        if (a[p][q] == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < 3; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < 3; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < 3; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    int maxIndex() {
        return values[0] >= values[1] ? (values[0] >= values[2] ? 0 : 2) : (values[1] >= values[2] ? 1 : 2);
    }

    int minIndex() {
        return values[0] <= values[1] ? (values[0] <= values[2] ? 0 : 2) : (values[1] <= values[2] ? 1 : 2);
    }

    /** A copy of the unit eigenvector of eigenvalue {@code i}. */
    double[] vector(int i) {
        return new double[] {vectors[0][i], vectors[1][i], vectors[2][i]};
    }
}
