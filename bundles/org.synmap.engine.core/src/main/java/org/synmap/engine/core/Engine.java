package org.synmap.engine.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.DensitySource;
import org.synmap.density.api.LatticeReader;
import org.synmap.density.api.LatticeWriter;
import org.synmap.density.api.ModelWriter;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.BenchReport;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyCatalog;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.morphology.api.MorphologyWriter;
import org.synmap.output.api.PointSetWriter;
import org.synmap.output.api.RealizationReader;
import org.synmap.output.api.RealizationWriter;

/**
 * The engine as a DS component. Every plugin kind is a dynamic, multiple, greedy reference,
 * so plugins installed or removed at run time appear and disappear immediately. Outside a
 * framework (unit tests) the same bind methods register plugins with a null reference.
 */
@Component(service = SynmapEngine.class)
public class Engine implements SynmapEngine {
    /** The prefix that selects a morphology from a {@link MorphologyCatalog}. */
    public static final String BUILTIN_PREFIX = "builtin:";

    private final PluginRegistry registry = new PluginRegistry();
    private volatile Supplier<String> runIds = EmbedRunner::isfRunId;

    // ---------------------------------------------------------------- plugin tracking

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addMorphologyReader(ServiceReference<MorphologyReader> ref, MorphologyReader p) {
        add("morphology-reader", p.formatName(), "." + String.join(", .", p.fileExtensions()), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addMorphologyWriter(ServiceReference<MorphologyWriter> ref, MorphologyWriter p) {
        add("morphology-writer", p.formatName(), "." + String.join(", .", p.fileExtensions()), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addMorphologyCatalog(ServiceReference<MorphologyCatalog> ref, MorphologyCatalog p) {
        add("morphology-catalog", String.join(", ", p.morphologyNames()), "builtin morphologies", ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addLatticeReader(ServiceReference<LatticeReader> ref, LatticeReader p) {
        add("lattice-reader", p.formatName(), "." + String.join(", .", p.fileExtensions()), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addLatticeWriter(ServiceReference<LatticeWriter> ref, LatticeWriter p) {
        add("lattice-writer", p.formatName(), "", ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addDensitySource(ServiceReference<DensitySource> ref, DensitySource p) {
        add("density-source", p.name(), p.description(), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addModelWriter(ServiceReference<ModelWriter> ref, ModelWriter p) {
        add("model-writer", p.formatName(), "", ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addConnectomeModel(ServiceReference<ConnectomeModel> ref, ConnectomeModel p) {
        add("connectome-model", p.name(), p.description(), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addRealizationWriter(ServiceReference<RealizationWriter> ref, RealizationWriter p) {
        add("realization-writer", p.formatName(), p.description(), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addRealizationReader(ServiceReference<RealizationReader> ref, RealizationReader p) {
        add("realization-reader", p.formatName(), "." + String.join(", .", p.fileExtensions()), ref, p);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePlugin")
    public void addPointSetWriter(ServiceReference<PointSetWriter> ref, PointSetWriter p) {
        add("point-set-writer", p.formatName(), "." + p.fileExtension(), ref, p);
    }

    /** Unbind for every plugin kind. */
    public void removePlugin(Object plugin) {
        registry.remove(plugin);
    }

    private void add(String kind, String name, String description, ServiceReference<?> ref, Object plugin) {
        registry.add(new PluginInfo(kind, name, description, bundleOf(ref)), plugin);
    }

    private static String bundleOf(ServiceReference<?> ref) {
        if (ref == null) {
            return "(classpath)";
        }
        Bundle b = ref.getBundle();
        return b == null ? "(unregistered)" : b.getSymbolicName() + " " + b.getVersion();
    }

    // ---------------------------------------------------------------- SynmapEngine

    @Override
    public List<PluginInfo> plugins() {
        return registry.infos();
    }

    @Override
    public Morphology readMorphology(String location) {
        if (location.startsWith(BUILTIN_PREFIX)) {
            String name = location.substring(BUILTIN_PREFIX.length());
            List<String> known = new ArrayList<>();
            for (Found<MorphologyCatalog> c : registry.all(MorphologyCatalog.class)) {
                List<String> names = c.service().morphologyNames();
                if (names.contains(name)) {
                    return PluginCalls.call(c.info(), () -> c.service().morphology(name));
                }
                known.addAll(names);
            }
            throw new SynmapException("no built-in morphology '" + name + "'; known: "
                    + (known.isEmpty() ? "none (no morphology catalog installed)" : String.join(", ", known)));
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new SynmapException("no such morphology file: " + location);
        }
        Found<MorphologyReader> reader = byExtension(MorphologyReader.class, file, "morphology reader",
                r -> r.fileExtensions());
        return PluginCalls.call(reader.info(), () -> reader.service().read(file));
    }

    @Override
    public Realization readRealization(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SynmapException("no such file: " + file);
        }
        Found<RealizationReader> reader = byExtension(RealizationReader.class, file, "realization reader",
                RealizationReader::fileExtensions);
        return PluginCalls.call(reader.info(), () -> reader.service().read(file));
    }

    @Override
    public boolean isRealizationFile(Path file) {
        String ext = extension(file);
        for (Found<RealizationReader> r : registry.all(RealizationReader.class)) {
            if (r.service().fileExtensions().contains(ext)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Path writeMorphology(Morphology morphology, Path target) {
        Found<MorphologyWriter> writer = byExtension(MorphologyWriter.class, target, "morphology writer",
                w -> w.fileExtensions());
        return PluginCalls.call(writer.info(), () -> {
            writer.service().write(morphology, target);
            return target;
        });
    }

    @Override
    public AnatomicalModel openModel(String data, Map<String, String> parameters) {
        return open(data, parameters).model();
    }

    /** An anatomical model together with the density source that opened it. */
    record Opened(PluginInfo source, AnatomicalModel model) {
    }

    /** Opens {@code data}: a density source by name, else a folder that a source recognises. */
    Opened open(String data, Map<String, String> parameters) {
        List<Found<DensitySource>> sources = registry.all(DensitySource.class);
        for (Found<DensitySource> s : sources) {
            if (s.service().name().equals(data)) {
                return new Opened(s.info(), PluginCalls.call(s.info(), () -> s.service().open(null, parameters)));
            }
        }
        Path folder = Path.of(data);
        if (!Files.exists(folder)) {
            throw new SynmapException("--data '" + data + "' is neither a density source ("
                    + names(sources) + ") nor an existing folder");
        }
        for (Found<DensitySource> s : sources) {
            if (PluginCalls.call(s.info(), () -> s.service().canOpen(folder))) {
                return new Opened(s.info(), PluginCalls.call(s.info(), () -> s.service().open(folder, parameters)));
            }
        }
        throw new SynmapException("no density source recognises the folder " + data
                + " (installed sources: " + names(sources) + ")");
    }

    @Override
    public List<Path> exportModel(AnatomicalModel model, String format, Path directory) {
        for (Found<ModelWriter> w : registry.all(ModelWriter.class)) {
            if (w.service().formatName().equals(format)) {
                return PluginCalls.call(w.info(), () -> w.service().write(model, directory));
            }
        }
        throw new SynmapException("no model writer for format '" + format + "' (installed: "
                + names(registry.all(ModelWriter.class)) + ")");
    }

    @Override
    public EmbedOutcome embed(EmbedJob job, ProgressListener progress) {
        return new EmbedRunner(this, runIds).run(job, progress);
    }

    @Override
    public BenchReport benchmark(BenchJob job, ProgressListener progress) {
        return new BenchRunner(this).run(job, progress);
    }

    /**
     * Replaces the source of run ids (ISF's {@code <yyyyMMdd-HHmm>_<pid>}, which names output
     * files), so that tests can compare outputs of runs made in different minutes byte for byte.
     */
    void runIds(Supplier<String> source) {
        this.runIds = source;
    }

    // ---------------------------------------------------------------- lookups

    <T> Found<T> byName(Class<T> type, String name, String what, java.util.function.Function<T, String> nameOf) {
        List<Found<T>> all = registry.all(type);
        for (Found<T> f : all) {
            if (nameOf.apply(f.service()).equals(name)) {
                return f;
            }
        }
        throw new SynmapException("no " + what + " named '" + name + "' (installed: " + names(all) + ")");
    }

    <T> List<Found<T>> all(Class<T> type) {
        return registry.all(type);
    }

    /** The file name's extension after the last dot, lower case; empty when there is none. */
    private static String extension(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private <T> Found<T> byExtension(Class<T> type, Path file, String what,
            java.util.function.Function<T, List<String>> extensionsOf) {
        String fileName = file.getFileName().toString();
        String ext = extension(file);
        List<Found<T>> all = registry.all(type);
        for (Found<T> f : all) {
            if (extensionsOf.apply(f.service()).contains(ext)) {
                return f;
            }
        }
        List<String> known = new ArrayList<>();
        for (Found<T> f : all) {
            known.addAll(extensionsOf.apply(f.service()));
        }
        throw new SynmapException("no " + what + " for '" + fileName + "'"
                + (known.isEmpty() ? " (none installed)" : " (known extensions: ." + String.join(", .", known) + ")"));
    }

    private static <T> String names(List<Found<T>> found) {
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
        Bundle b = org.osgi.framework.FrameworkUtil.getBundle(Engine.class);
        if (b != null) {
            return b.getVersion().toString();
        }
        return "dev";
    }

}
