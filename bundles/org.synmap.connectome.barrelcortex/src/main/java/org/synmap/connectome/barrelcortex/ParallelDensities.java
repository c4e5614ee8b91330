package org.synmap.connectome.barrelcortex;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.BoutonLattice;

/**
 * Computes the densities of many bouton lattices on a fixed number of worker threads. Each
 * worker takes the next lattice index, loads and reduces that one lattice, and stores the result
 * at its index, so the output does not depend on scheduling. At most one lattice per worker is
 * in memory at a time (quirk Q21 fixed).
 */
final class ParallelDensities {

    /**
     * One lattice, the kernel of its presynaptic class, and its (area, type) as {@code area/type}
     * for messages (a lattice's name is unique only within its pair).
     */
    record Job(BoutonLattice lattice, DensityKernel kernel, String origin) {
    }

    private ParallelDensities() {
    }

    static SparseDensity[] compute(List<Job> jobs, int threads, ProgressListener progress) throws IOException {
        SparseDensity[] out = new SparseDensity[jobs.size()];
        progress.start("densities", jobs.size());
        int workers = Math.max(1, Math.min(threads, jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "barrel-cortex-densities");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while (failed.get() == 0 && (i = next.getAndIncrement()) < jobs.size()) {
                        Job job = jobs.get(i);
                        try {
                            out[i] = job.kernel().apply(job.lattice(), job.origin());
                        } catch (IOException | RuntimeException e) {
                            failed.set(1);
                            throw e;
                        }
                        progress.advance(1);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while computing synapse densities");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return out;
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException("synapse density computation failed", cause);
    }
}
