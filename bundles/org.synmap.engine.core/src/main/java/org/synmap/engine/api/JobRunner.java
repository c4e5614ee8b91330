package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.synmap.connectome.api.ProgressListener;

/**
 * What a {@link JobExecutor} serving jobs gets from the engine: runs a job sent by another
 * machine, exactly as {@code embed} would, and returns its outputs as bytes. The engine keeps the
 * model and precomputations between jobs.
 *
 * @since 2.1
 */
@ProviderType
public interface JobRunner {

    /**
     * Checks that the job reads nothing outside {@code allowedRoots}: its morphology (unless
     * built in), its data (unless it names a density source) and every path-typed parameter must
     * be absolute and lie, symbolic links resolved, under one of the roots.
     *
     * @throws SynmapException naming the path and the roots
     */
    void checkPaths(EmbedJob job, List<Path> allowedRoots);

    /**
     * Runs a job after {@link #checkPaths} and returns its files.
     *
     * @throws SynmapException when the job is refused or fails, with the one-line reason
     */
    JobResult run(EmbedJob job, List<Path> allowedRoots, ProgressListener progress);
}
