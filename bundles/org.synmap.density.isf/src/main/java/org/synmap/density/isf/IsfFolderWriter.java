package org.synmap.density.isf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.LatticeWriter;
import org.synmap.density.api.ModelWriter;
import org.synmap.density.api.PstConstants;
import org.synmap.format.text.PythonFloat;

/**
 * Writes any anatomical model in ISF's folder layout (isf-spec §2.4–§2.6), so that ISF's own
 * mapper and {@link IsfFolderSource} can read it: {@code nrCells.csv}, {@code ConnectionsV8.csv}
 * (ISF's header; all {@code ALL_EXCITATORY} rows, then all {@code ALL_INHIBITORY} rows, one per
 * postsynaptic type; numbers as Python {@code str(float)}), {@code PST/EXNormalizationPSTs.am},
 * {@code PST/INHNormalizationPSTs.am} and
 * {@code singleaxon_boutons_ascii/<area>/<type>/<area>_<type>_<NNN>_boutons.am}, the number
 * zero-padded so that name order is model order. Bouton lattices are loaded and written in
 * parallel on one thread per processor. The folder appears whole or not at all: it is written
 * as a staging folder beside the target and renamed into place ({@link StagingFolder}).
 */
@Component(service = ModelWriter.class)
@SynmapPlugin(kind = SynmapPlugin.MODEL_WRITER, name = "isf", description = "an anatomical model in ISF's folder layout")
public final class IsfFolderWriter implements ModelWriter {
    private static final String CONNECTIONS_HEADER = "PRESYNAPTIC_CELLTYPE\tPOSTSYNAPTIC_CELLTYPE\t"
            + "LENGTH_DENSITY_SOMA\tLENGTH_DENSITY_APICAL\tLENGTH_DENSITY_BASAL\t"
            + "AREA_DENSITY_SOMA\tAREA_DENSITY_APICAL\tAREA_DENSITY_BASAL";

    /** ISF's {@code .am} lattices: the writer named {@value IsfFolderSource#LATTICE_FORMAT}. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(&(" + SynmapPlugin.KIND + "=" + SynmapPlugin.LATTICE_WRITER
                    + ")(" + SynmapPlugin.NAME + "=" + IsfFolderSource.LATTICE_FORMAT + "))")
    private volatile LatticeWriter latticeWriter;

    /** For DS, which injects the lattice writer. */
    public IsfFolderWriter() {
    }

    /** For use without OSGi: the {@code amiramesh} lattice writer, or null when there is none. */
    public IsfFolderWriter(LatticeWriter latticeWriter) {
        this.latticeWriter = latticeWriter;
    }

    /**
     * Writes the whole model into a staging folder beside {@code directory} and then renames it
     * to {@code directory} in one atomic step, so that a failed or interrupted export leaves no
     * partial model (which a later run would refuse, and a reader might take for a whole one);
     * on failure the staging folder is deleted.
     *
     * @return the files written, below {@code directory}
     * @throws FileAlreadyExistsException when {@code directory} already holds a model (stale
     *                                    bouton files would silently join the new one), or is
     *                                    not an empty folder
     * @throws IllegalArgumentException   when the model cannot be expressed in ISF's layout
     */
    @Override
    public List<Path> write(AnatomicalModel model, Path directory) throws IOException {
        LatticeWriter latticeWriter = amiraWriter();
        requireIsfCompatible(model);
        requireFreeTarget(directory);
        try (StagingFolder staging = StagingFolder.beside(directory)) {
            List<Path> staged = writeModel(model, staging.path(), latticeWriter);
            staging.publish();
            List<Path> written = new ArrayList<>(staged.size());
            for (Path file : staged) {
                written.add(directory.resolve(staging.path().relativize(file)));
            }
            return written;
        }
    }

    /** The target must not exist or be an empty folder: the staging folder replaces it whole. */
    private static void requireFreeTarget(Path directory) throws IOException {
        for (String existing : new String[] {IsfLayout.NR_CELLS, IsfLayout.CONNECTIONS, IsfLayout.BOUTON_ROOT}) {
            if (Files.exists(directory.resolve(existing))) {
                throw new FileAlreadyExistsException(directory.resolve(existing).toString(), null,
                        "the folder already holds a model; write into a new folder");
            }
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(directory.toString(), null,
                            "the folder is not empty; write into a new or empty folder");
                }
            }
        } else if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(directory.toString(), null, "exists and is not a folder");
        }
    }

    /**
     * Writes every file of the model below {@code root}. Plain writes suffice here: the staging
     * folder, not each file, is what becomes visible atomically.
     */
    private static List<Path> writeModel(AnatomicalModel model, Path root, LatticeWriter latticeWriter)
            throws IOException {
        Path pst = Files.createDirectories(root.resolve(IsfLayout.PST_FOLDER));
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(root.resolve(IsfLayout.NR_CELLS), nrCellsText(model)));
        written.add(Files.writeString(root.resolve(IsfLayout.CONNECTIONS), connectionsText(model)));
        Path exc = pst.resolve(IsfLayout.EXC_NORMALIZATION);
        latticeWriter.write(model.normalizationPst(CellClass.EXC), exc);
        written.add(exc);
        Path inh = pst.resolve(IsfLayout.INH_NORMALIZATION);
        latticeWriter.write(model.normalizationPst(CellClass.INH), inh);
        written.add(inh);
        written.addAll(writeBoutons(model, root.resolve(IsfLayout.BOUTON_ROOT), latticeWriter));
        return written;
    }

    private static List<Path> writeBoutons(AnatomicalModel model, Path root, LatticeWriter latticeWriter)
            throws IOException {
        List<Path> targets = new ArrayList<>();
        List<BoutonLattice> sources = new ArrayList<>();
        for (String area : model.areas()) {
            for (String type : model.cellTypes()) {
                Path folder = Files.createDirectories(root.resolve(area).resolve(type));
                List<BoutonLattice> lattices = model.boutonLattices(area, type);
                int width = Math.max(3, Integer.toString(lattices.size() - 1).length());
                for (int n = 0; n < lattices.size(); n++) {
                    String number = String.format(Locale.ROOT, "%0" + width + "d", n);
                    targets.add(folder.resolve(area + "_" + type + "_" + number + "_boutons.am"));
                    sources.add(lattices.get(n));
                }
            }
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread t = new Thread(task, "isf-folder-writer-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int n = 0; n < targets.size(); n++) {
                BoutonLattice source = sources.get(n);
                Path target = targets.get(n);
                results.add(pool.submit(() -> {
                    latticeWriter.write(source.load(), target);
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("writing bouton lattices failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing bouton lattices");
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
        }
        return targets;
    }

    /**
     * Waits until every worker has stopped, so that after a failure no lattice is still being
     * loaded or written (and no file appears in the staging folder while it is deleted).
     */
    private static void awaitWorkers(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // asked to stop waiting; the workers are interrupted already
        }
    }

    private static String nrCellsText(AnatomicalModel model) {
        StringBuilder sb = new StringBuilder(NrCellsTable.HEADER_KEY);
        for (String area : model.areas()) {
            sb.append('\t').append(area);
        }
        sb.append('\n');
        for (String type : model.cellTypes()) {
            sb.append(type);
            for (String area : model.areas()) {
                sb.append('\t').append(model.cellCount(area, type));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String connectionsText(AnatomicalModel model) {
        StringBuilder sb = new StringBuilder(CONNECTIONS_HEADER).append('\n');
        for (CellClass cellClass : new CellClass[] {CellClass.EXC, CellClass.INH}) {
            String presynaptic = cellClass == CellClass.EXC ? "ALL_EXCITATORY" : "ALL_INHIBITORY";
            for (String post : model.postsynapticTypes()) {
                PstConstants c = model.pstConstants(cellClass, post);
                sb.append(presynaptic).append('\t').append(post);
                for (double v : new double[] {c.somaLength(), c.apicalLength(), c.basalLength(), c.somaArea(),
                    c.apicalArea(), c.basalArea()}) {
                    sb.append('\t').append(PythonFloat.repr(v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * ISF derives a type's class from its fixed lists, so every type must be an ISF type of the
     * model's class, and names must be usable as folder names and table fields.
     */
    private static void requireIsfCompatible(AnatomicalModel model) {
        for (String type : model.cellTypes()) {
            CellClass isfClass = IsfCellTypes.classOf(type);
            if (isfClass != model.cellClass(type)) {
                throw new IllegalArgumentException("cell type '" + type + "' is " + model.cellClass(type)
                        + " in the model but " + (isfClass == null ? "unknown" : isfClass.toString()) + " to ISF; "
                        + IsfCellTypes.describe());
            }
        }
        for (String post : model.postsynapticTypes()) {
            if (IsfCellTypes.classOf(post) == null) {
                throw new IllegalArgumentException("postsynaptic type '" + post + "' is unknown to ISF; "
                        + IsfCellTypes.describe());
            }
        }
        for (String area : model.areas()) {
            if (area.isEmpty() || area.startsWith(".") || area.contains("/") || area.contains("\\")
                    || !area.equals(area.strip()) || area.contains("\t")) {
                throw new IllegalArgumentException("area name '" + area + "' cannot be an ISF folder and table field");
            }
        }
    }

    private LatticeWriter amiraWriter() throws IOException {
        LatticeWriter found = latticeWriter;
        if (found == null) {
            throw new IOException("no LatticeWriter named '" + IsfFolderSource.LATTICE_FORMAT
                    + "' is available (is bundle org.synmap.lattice.amira installed?)");
        }
        return found;
    }
}
