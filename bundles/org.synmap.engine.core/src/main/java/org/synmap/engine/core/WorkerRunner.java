package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.DensitySource;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.JobResult;
import org.synmap.engine.api.JobRunner;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.api.TypeCounts;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Runs jobs sent by other machines on this one (a cluster member): each into a private
 * temporary folder with {@link EmbedRunner}, exactly as {@code embed} would, whose files are read
 * back and the folder deleted. Inputs are shared among jobs through one caching
 * {@link EmbedSession}, as in a local batch. Before anything is opened, every path the job names
 * must lie under the roots the member was started with.
 */
final class WorkerRunner implements JobRunner {
    private final Engine engine;
    private final EmbedSession session;
    private final String worker;

    WorkerRunner(Engine engine, String worker) {
        this.engine = engine;
        this.session = EmbedSession.caching(engine);
        this.worker = worker;
    }

    @Override
    public void checkPaths(EmbedJob job, List<Path> allowedRoots) {
        List<Path> roots = new ArrayList<>();
        for (Path r : allowedRoots) {
            roots.add(real(r.toAbsolutePath().normalize()));
        }
        if (!job.morphology().startsWith(Engine.BUILTIN_PREFIX)) {
            requireInside("morphology", job.morphology(), roots);
        }
        if (job.data() != null && engine.densitySourcesNamed(job.data()).isEmpty()) {
            requireInside("data", job.data(), roots);
        }
        for (Found<ConnectomeModel> m : engine.all(ConnectomeModel.class, SynmapPlugin.CONNECTOME_MODEL)) {
            if (job.model() == null || m.info().name().equals(job.model())) {
                checkParameters(m.info(), PluginCalls.call(m.info(), m.service()::parameters), job.modelParameters(),
                        roots);
                if (job.model() == null) {
                    break; // the default model is the best-ranked one
                }
            }
        }
        for (Found<DensitySource> s : engine.all(DensitySource.class, SynmapPlugin.DENSITY_SOURCE)) {
            checkParameters(s.info(), PluginCalls.call(s.info(), s.service()::parameters), job.dataParameters(),
                    roots);
        }
        for (Found<MorphologyReader> r : engine.all(MorphologyReader.class, SynmapPlugin.MORPHOLOGY_READER)) {
            checkParameters(r.info(), PluginCalls.call(r.info(), r.service()::parameters), job.readerParameters(),
                    roots);
        }
    }

    /** Path-typed parameters name files too; whichever plugin takes them, they must lie under the roots. */
    private static void checkParameters(PluginInfo plugin, List<Parameter> declared, Map<String, String> given,
            List<Path> roots) {
        for (Parameter p : declared) {
            String value = given.get(p.name());
            if (value != null && p.type() == Parameter.Type.PATH) {
                requireInside(plugin.name() + " parameter '" + p.name() + "'", value, roots);
            }
        }
    }

    /**
     * {@code location} must be an absolute path that lies, symbolic links resolved, under one of
     * the roots; a path that does not exist yet is judged by its nearest existing ancestor.
     */
    static void requireInside(String what, String location, List<Path> roots) {
        Path p;
        try {
            p = Path.of(location);
        } catch (RuntimeException e) {
            throw new SynmapException("refused: " + what + " '" + location + "' is not a path");
        }
        if (!p.isAbsolute()) {
            throw new SynmapException("refused: " + what + " '" + location + "' is not an absolute path");
        }
        Path resolved = real(p.normalize());
        for (Path root : roots) {
            if (resolved.startsWith(root)) {
                return;
            }
        }
        throw new SynmapException("refused: " + what + " " + location + " lies outside the folders this member may"
                + " read (" + (roots.isEmpty() ? "none were given with --allow" : roots) + ")");
    }

    /** The path with symbolic links resolved as far as it exists. */
    private static Path real(Path p) {
        Path existing = p;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    @Override
    public JobResult run(EmbedJob job, List<Path> allowedRoots, ProgressListener progress) {
        checkPaths(job, allowedRoots);
        if (job.runId() == null) {
            // ISF's run id holds this machine's clock and process id: the submitter could not match it
            throw new SynmapException("refused: a job from another machine must carry its run id");
        }
        long t0 = System.nanoTime();
        Path tmp;
        try {
            tmp = Files.createTempDirectory("synmap-worker-");
        } catch (IOException e) {
            throw new SynmapException("cannot create a temporary folder for a job's outputs: "
                    + PluginCalls.message(e), e);
        }
        try {
            Path folder = tmp.resolve("job");
            EmbedJob here = job.withPlace(folder, Math.max(1, job.threads()));
            EmbedOutcome o = new EmbedRunner(session, EmbedRunner::isfRunId).run(here, progress);
            List<JobResult.OutputFile> files = new ArrayList<>();
            JobResult.OutputFile runJson = null;
            List<Path> all;
            try (java.util.stream.Stream<Path> s = Files.walk(o.directory())) {
                // every file, as a local job's commit moves every staged file
                all = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : all) {
                String name = folder.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                JobResult.OutputFile file = new JobResult.OutputFile(name, Files.readAllBytes(f));
                if (name.equals(StagedOutputs.RUN_JSON)) {
                    runJson = file;
                } else {
                    files.add(file);
                }
            }
            files.add(runJson);
            long synapses = 0;
            long connected = 0;
            for (TypeCounts c : o.perType()) {
                synapses += c.synapses();
                connected += c.connectedCells();
            }
            return new JobResult(files, synapses, connected, BatchRunner.seconds(t0), worker);
        } catch (IOException e) {
            throw new SynmapException("cannot read back a job's outputs: " + PluginCalls.message(e), e);
        } finally {
            try {
                StagedOutputs.deleteTree(tmp);
            } catch (IOException e) {
                progress.note("cannot remove " + tmp + ": " + PluginCalls.message(e));
            }
        }
    }
}
