package org.synmap.engine.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.DensitySource;
import org.synmap.density.api.ModelWriter;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.BenchReport;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.JobExecutor;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyCatalog;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.morphology.api.MorphologyWriter;
import org.synmap.output.api.RealizationReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * The engine as a DS component. One service tracker follows every service that carries
 * {@code synmap.plugin.kind}, whatever its interface, so plugins installed or removed at run time
 * appear and disappear immediately; plugins are then selected by filters on their service
 * properties. Outside a framework (unit tests, tools) plugins are {@link #register registered}
 * with the properties of their {@link SynmapPlugin} annotation.
 */
@Component(service = SynmapEngine.class)
public class Engine implements SynmapEngine {
    /** The prefix that selects a morphology from a {@link MorphologyCatalog}. */
    public static final String BUILTIN_PREFIX = "builtin:";

    private final PluginRegistry registry = new PluginRegistry();
    /** Service ids for plugins registered outside a framework, in registration order. */
    private final AtomicLong classpathIds = new AtomicLong();
    private volatile Supplier<String> runIds = EmbedRunner::isfRunId;
    private ServiceTracker<Object, Object> tracker;

    /** An engine outside a framework: register its plugins with {@link #register}. */
    public Engine() {
    }

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter("(" + SynmapPlugin.KIND + "=*)"),
                new ServiceTrackerCustomizer<Object, Object>() {
                    @Override
                    public Object addingService(ServiceReference<Object> ref) {
                        Object service = context.getService(ref);
                        if (service != null) {
                            Map<String, Object> properties = new HashMap<>();
                            for (String key : ref.getPropertyKeys()) {
                                properties.put(key, ref.getProperty(key));
                            }
                            registry.add(info(properties, ref.getBundle()), properties, service);
                        }
                        return service;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> ref, Object service) {
                        removedService(ref, service);
                        addingService(ref);
                    }

                    @Override
                    public void removedService(ServiceReference<Object> ref, Object service) {
                        registry.remove(service);
                        context.ungetService(ref);
                    }
                });
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Registers a plugin outside a framework with the properties of its class's {@link SynmapPlugin}. */
    public void register(Object plugin) {
        register(plugin, PluginRegistry.propertiesOf(plugin.getClass()));
    }

    /** Registers a plugin outside a framework with the given service properties. */
    public void register(Object plugin, Map<String, Object> properties) {
        register(plugin, properties, null);
    }

    /** Registers a plugin as if {@code bundle} had registered it (tests of messages naming bundles). */
    void register(Object plugin, Map<String, Object> properties, Bundle bundle) {
        Map<String, Object> p = new HashMap<>(properties);
        p.putIfAbsent(Constants.SERVICE_ID, classpathIds.incrementAndGet());
        registry.add(info(p, bundle), p, plugin);
    }

    /** Removes a plugin registered with {@link #register}. */
    public void unregister(Object plugin) {
        registry.remove(plugin);
    }

    private static PluginInfo info(Map<String, Object> p, Bundle bundle) {
        Object ranking = p.get(Constants.SERVICE_RANKING);
        Object id = p.get(Constants.SERVICE_ID);
        return new PluginInfo(String.valueOf(p.get(SynmapPlugin.KIND)), String.valueOf(p.getOrDefault(SynmapPlugin.NAME,
                "(unnamed)")), strings(p.get(SynmapPlugin.EXTENSIONS)),
                String.valueOf(p.getOrDefault(SynmapPlugin.DESCRIPTION, "")),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L,
                bundle == null ? "(classpath)" : bundle.getSymbolicName() + " " + bundle.getVersion(),
                origin(bundle), List.of());
    }

    /** A String or String[] property as a list. */
    private static List<String> strings(Object value) {
        if (value instanceof String[] a) {
            return List.of(a);
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** {@code built-in} for bundles of the distribution, else the file a bundle was installed from. */
    private static String origin(Bundle bundle) {
        if (bundle == null) {
            return "classpath";
        }
        String location = bundle.getLocation();
        String file = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        return file.startsWith("file:") ? file.substring("file:".length()) : "built-in";
    }

    // ---------------------------------------------------------------- SynmapEngine

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> out = new ArrayList<>();
        for (PluginInfo info : registry.infos()) {
            out.add(info.withParameters(parametersOf(info)));
        }
        return out;
    }

    /** The parameters a plugin declares, for the kinds that take parameters. */
    private List<Parameter> parametersOf(PluginInfo info) {
        String filter = PluginRegistry.equal(SynmapPlugin.NAME, info.name());
        for (Found<Object> f : registry.select(Object.class, info.kind(), filter)) {
            if (f.info().serviceId() != info.serviceId()) {
                continue;
            }
            Object p = f.service();
            if (p instanceof ConnectomeModel m) {
                return PluginCalls.call(info, m::parameters);
            } else if (p instanceof DensitySource s) {
                return PluginCalls.call(info, s::parameters);
            } else if (p instanceof MorphologyReader r) {
                return PluginCalls.call(info, r::parameters);
            } else if (p instanceof JobExecutor x) {
                return PluginCalls.call(info, x::parameters);
            }
        }
        return List.of();
    }

    @Override
    public List<String> conflicts() {
        return registry.conflicts();
    }

    @Override
    public Morphology readMorphology(String location, Map<String, String> readerParameters) {
        return read(location, readerParameters).morphology();
    }

    /**
     * A morphology with the plugin that made it and the parameters it was read with.
     *
     * @param morphology the morphology
     * @param plugin     the reader or catalog
     * @param parameters the reader's parameters; none for built-in morphologies
     */
    record ReadMorphology(Morphology morphology, PluginInfo plugin, Parameters parameters) {
    }

    /** Reads a file or a {@code builtin:<name>} morphology, keeping which plugin read it and how. */
    ReadMorphology read(String location, Map<String, String> readerParameters) {
        if (location.startsWith(BUILTIN_PREFIX)) {
            if (!readerParameters.isEmpty()) {
                throw new SynmapException("reader parameters apply to morphology files, not to " + location);
            }
            String name = location.substring(BUILTIN_PREFIX.length());
            List<String> known = new ArrayList<>();
            for (Found<MorphologyCatalog> c : registry.all(MorphologyCatalog.class, SynmapPlugin.MORPHOLOGY_CATALOG)) {
                List<String> names = PluginCalls.call(c.info(), c.service()::morphologyNames);
                if (names.contains(name)) {
                    return new ReadMorphology(PluginCalls.call(c.info(), () -> c.service().morphology(name)),
                            c.info(), Parameters.none(c.info().name()));
                }
                known.addAll(names);
            }
            throw new SynmapException("no built-in morphology '" + name + "'; known: "
                    + (known.isEmpty() ? "none (no morphology catalog installed)" : String.join(", ", known)));
        }
        Path file = Path.of(location);
        requireRegularFile(file, "morphology file");
        Found<MorphologyReader> reader = byExtension(MorphologyReader.class, SynmapPlugin.MORPHOLOGY_READER, file,
                "morphology reader");
        Parameters parameters = parameters(reader.info(), reader.service()::parameters, readerParameters);
        return new ReadMorphology(PluginCalls.callOn(reader.info(), file,
                () -> reader.service().read(file, parameters)), reader.info(), parameters);
    }

    /**
     * A reader (or catalog) with the parameters it would read with.
     *
     * @param plugin     the reader or catalog
     * @param parameters its effective parameters
     */
    record ReaderChoice(PluginInfo plugin, Parameters parameters) {
    }

    /**
     * The plugin that would read {@code location}, with its effective parameters, without reading
     * a file (what a rerun of a batch compares with a finished job's record).
     */
    ReaderChoice readerFor(String location, Map<String, String> readerParameters) {
        if (location.startsWith(BUILTIN_PREFIX)) {
            ReadMorphology m = read(location, readerParameters);
            return new ReaderChoice(m.plugin(), m.parameters());
        }
        Found<MorphologyReader> reader = byExtension(MorphologyReader.class, SynmapPlugin.MORPHOLOGY_READER,
                Path.of(location), "morphology reader");
        return new ReaderChoice(reader.info(), parameters(reader.info(), reader.service()::parameters,
                readerParameters));
    }

    /** A file that exists and is a regular file, else an error that says what it is instead. */
    static void requireRegularFile(Path file, String what) {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new SynmapException(file + " is a folder, not a " + what);
        }
        if (Files.exists(file)) {
            throw new SynmapException(file + " is not a regular file (a device, pipe or socket), not a " + what);
        }
        throw new SynmapException("no such " + what + ": " + file);
    }

    /** A plugin's parameters checked and converted; an error names the plugin and the parameter. */
    static Parameters parameters(PluginInfo plugin, PluginCalls.Call<List<Parameter>> declared,
            Map<String, String> given) {
        List<Parameter> list = PluginCalls.call(plugin, declared);
        try {
            return Parameters.parse(plugin.name(), list, given);
        } catch (IllegalArgumentException e) {
            throw new SynmapException(e.getMessage(), e);
        }
    }

    @Override
    public Realization readRealization(Path file) {
        requireRegularFile(file, "realization file");
        Found<RealizationReader> reader = byExtension(RealizationReader.class, SynmapPlugin.REALIZATION_READER, file,
                "realization reader");
        return PluginCalls.callOn(reader.info(), file, () -> reader.service().read(file));
    }

    @Override
    public boolean isRealizationFile(Path file) {
        return !registry.select(RealizationReader.class, SynmapPlugin.REALIZATION_READER,
                PluginRegistry.equal(SynmapPlugin.EXTENSIONS, extension(file))).isEmpty();
    }

    @Override
    public Path writeMorphology(Morphology morphology, Path target) {
        Found<MorphologyWriter> writer = byExtension(MorphologyWriter.class, SynmapPlugin.MORPHOLOGY_WRITER, target,
                "morphology writer");
        return PluginCalls.callOn(writer.info(), target, () -> {
            writer.service().write(morphology, target);
            return target;
        });
    }

    @Override
    public AnatomicalModel openModel(String data, Map<String, String> parameters) {
        return open(data, parameters).model();
    }

    /** An anatomical model together with the density source that opened it. */
    record Opened(PluginInfo source, AnatomicalModel model, Parameters parameters) {
    }

    /** The density sources named {@code data}, best first: none when {@code --data} is a location. */
    List<Found<DensitySource>> densitySourcesNamed(String data) {
        return registry.select(DensitySource.class, SynmapPlugin.DENSITY_SOURCE,
                PluginRegistry.equal(SynmapPlugin.NAME, data));
    }

    /** Opens {@code data}: a density source by name, else a folder that a source recognises. */
    Opened open(String data, Map<String, String> parameters) {
        List<Found<DensitySource>> named = densitySourcesNamed(data);
        if (!named.isEmpty()) {
            Found<DensitySource> s = named.get(0);
            Parameters p = parameters(s.info(), s.service()::parameters, parameters);
            return new Opened(s.info(), PluginCalls.call(s.info(), () -> s.service().open(null, p)), p);
        }
        List<Found<DensitySource>> sources = registry.all(DensitySource.class, SynmapPlugin.DENSITY_SOURCE);
        Path folder = Path.of(data);
        if (!Files.exists(folder)) {
            throw new SynmapException("'" + data + "' is neither a density source (" + names(sources)
                    + ") nor an existing folder");
        }
        for (Found<DensitySource> s : sources) {
            if (PluginCalls.call(s.info(), () -> s.service().canOpen(folder))) {
                Parameters p = parameters(s.info(), s.service()::parameters, parameters);
                return new Opened(s.info(), PluginCalls.callOn(s.info(), folder, () -> s.service().open(folder, p)),
                        p);
            }
        }
        throw new SynmapException("no density source recognises the folder " + data
                + " (installed sources: " + names(sources) + ")");
    }

    @Override
    public List<Path> exportModel(AnatomicalModel model, String format, Path directory) {
        Found<ModelWriter> w = byName(ModelWriter.class, SynmapPlugin.MODEL_WRITER, format, "model writer");
        return PluginCalls.call(w.info(), () -> w.service().write(model, directory));
    }

    @Override
    public EmbedOutcome embed(EmbedJob job, ProgressListener progress) {
        return new EmbedRunner(this, runIds).run(job, progress);
    }

    @Override
    public List<Path> writeFormat(Path folder, String format, String morphology) {
        return ExistingOutput.write(this, folder, format, morphology);
    }

    @Override
    public BenchReport benchmark(BenchJob job, ProgressListener progress) {
        return new BenchRunner(this).run(job, progress);
    }

    @Override
    public BatchOutcome batch(BatchJob job, ProgressListener progress) {
        return new BatchRunner(this, EmbedSession.caching(this)).run(job, progress);
    }

    @Override
    public void serve(String executor, Map<String, String> settings, ProgressListener log) {
        Found<JobExecutor> e = byName(JobExecutor.class, JobExecutor.KIND, executor, "job executor");
        Parameters p = parameters(e.info(), e.service()::parameters, settings);
        String worker = hostName() + " (pid " + ProcessHandle.current().pid() + ")";
        try {
            e.service().serve(p, new WorkerRunner(this, worker), log);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException ex) {
            throw new SynmapException(e.info().name() + ": " + PluginCalls.message(ex), ex);
        } catch (SynmapException ex) {
            throw ex;
        } catch (IllegalArgumentException ex) {
            throw new SynmapException(e.info().name() + ": " + PluginCalls.message(ex), ex);
        } catch (RuntimeException ex) {
            throw new SynmapException(PluginCalls.describe(e.info()) + " failed: " + PluginCalls.message(ex), ex);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "a worker";
        }
    }

    PluginRegistry registry() {
        return registry;
    }

    /**
     * Replaces the source of run ids (ISF's {@code <yyyyMMdd-HHmm>_<pid>}, which names output
     * files), so that tests can compare outputs of runs made in different minutes byte for byte.
     */
    void runIds(Supplier<String> source) {
        this.runIds = source;
    }

    // ---------------------------------------------------------------- lookups

    /** The best plugin of a kind with a name. */
    <T> Found<T> byName(Class<T> type, String kind, String name, String what) {
        List<Found<T>> found = registry.select(type, kind, PluginRegistry.equal(SynmapPlugin.NAME, name));
        if (found.isEmpty()) {
            throw new SynmapException("no " + what + " named '" + name + "' (installed: "
                    + names(registry.all(type, kind)) + ")");
        }
        return found.get(0);
    }

    /** Every plugin of a kind, best first. */
    <T> List<Found<T>> all(Class<T> type, String kind) {
        return registry.all(type, kind);
    }

    /** The file name's extension after the last dot, lower case; empty when there is none. */
    static String extension(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private <T> Found<T> byExtension(Class<T> type, String kind, Path file, String what) {
        String ext = extension(file);
        List<Found<T>> found = registry.select(type, kind, PluginRegistry.equal(SynmapPlugin.EXTENSIONS, ext));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        List<String> known = new ArrayList<>();
        for (Found<T> f : registry.all(type, kind)) {
            known.addAll(f.info().extensions());
        }
        throw new SynmapException("no " + what + " for '" + file.getFileName() + "'"
                + (known.isEmpty() ? " (none installed)" : " (known extensions: ." + String.join(", .", known) + ")"));
    }

    static <T> String names(List<Found<T>> found) {
        if (found.isEmpty()) {
            return "none installed";
        }
        List<String> n = new ArrayList<>();
        for (Found<T> f : found) {
            n.add(f.info().name());
        }
        return String.join(", ", n);
    }

    /** The engine's version, recorded in run.json. */
    static String version() {
        Bundle b = FrameworkUtil.getBundle(Engine.class);
        if (b != null) {
            return b.getVersion().toString();
        }
        return "dev";
    }
}
