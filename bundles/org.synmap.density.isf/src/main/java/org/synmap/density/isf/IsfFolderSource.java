package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.DensitySource;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * Opens an ISF barrel-cortex folder (isf-spec §1.1, §2.4–§2.6): {@code nrCells.csv},
 * {@code ConnectionsV8.csv}, {@code PST/EXNormalizationPSTs.am},
 * {@code PST/INHNormalizationPSTs.am} (or the downloaded spelling
 * {@code INHNormalizationsPSTs.am}) and {@code singleaxon_boutons_ascii/<area>/<type>/*.am}.
 *
 * <p>Everything that can be checked without reading bouton lattices is checked in
 * {@link #open}: table syntax, ISF type names, that the folders match {@code nrCells.csv}
 * exactly, and both normalization lattices. Bouton lattices are read on demand.
 *
 * <p>Parameters {@code cache} (default false) and {@code cache-dir} (default
 * {@code <folder>/.synmap-cache}): parsed lattices are kept as binary copies that later runs
 * load instead of parsing the text ({@link LatticeCache}); a read-only folder without a
 * {@code cache-dir} is read without a cache.
 */
@Component(service = DensitySource.class)
@SynmapPlugin(kind = SynmapPlugin.DENSITY_SOURCE, name = IsfFolderSource.NAME, description = "ISF barrel-cortex folder: "
        + "nrCells.csv, ConnectionsV8.csv, PST/*NormalizationPSTs.am, singleaxon_boutons_ascii/<area>/<type>/*.am")
public final class IsfFolderSource implements DensitySource {
    /** The source's name. */
    public static final String NAME = "isf-folder";
    /** The lattice format of ISF's {@code .am} files. */
    static final String LATTICE_FORMAT = "amiramesh";

    /** ISF's {@code .am} lattices: the reader named {@value IsfFolderSource#LATTICE_FORMAT}. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(&(" + SynmapPlugin.KIND + "=" + SynmapPlugin.LATTICE_READER
                    + ")(" + SynmapPlugin.NAME + "=" + IsfFolderSource.LATTICE_FORMAT + "))")
    private volatile LatticeReader latticeReader;

    /** For DS, which injects the lattice reader. */
    public IsfFolderSource() {
    }

    /** For use without OSGi: the {@code amiramesh} lattice reader, or null when there is none. */
    public IsfFolderSource(LatticeReader latticeReader) {
        this.latticeReader = latticeReader;
    }

    @Override
    public List<Parameter> parameters() {
        return CacheSetting.declared();
    }

    @Override
    public boolean canOpen(Path location) {
        return location != null && Files.isDirectory(location)
                && Files.isRegularFile(location.resolve(IsfLayout.NR_CELLS))
                && Files.isRegularFile(location.resolve(IsfLayout.CONNECTIONS));
    }

    @Override
    public AnatomicalModel open(Path location, Parameters parameters) throws IOException {
        Objects.requireNonNull(location, "isf-folder needs a folder");
        Path folder = location.toAbsolutePath().normalize();
        CacheSetting cacheSetting = CacheSetting.of(parameters, folder);
        LatticeReader reader = amiraReader();
        Path nrCellsFile = requireFile(folder.resolve(IsfLayout.NR_CELLS));
        Path connectionsFile = requireFile(folder.resolve(IsfLayout.CONNECTIONS));
        NrCellsTable nrCells = NrCellsTable.read(nrCellsFile);
        ConnectionsTable connections = ConnectionsTable.read(connectionsFile);
        Path boutonRoot = folder.resolve(IsfLayout.BOUTON_ROOT);
        Map<String, Map<String, List<Path>>> boutonFiles = BoutonFolders.scan(boutonRoot, nrCells.areas(), nrCells.types(),
                (area, type) -> nrCells.count(nrCells.types().indexOf(type), nrCells.areas().indexOf(area)));
        Path excFile = requireFile(folder.resolve(IsfLayout.PST_FOLDER).resolve(IsfLayout.EXC_NORMALIZATION));
        Path inhFile = inhNormalizationFile(folder.resolve(IsfLayout.PST_FOLDER));
        CacheSetting.Choice cache = cacheSetting.choose(folder, reader);
        LatticeLoader loader = Densities.nonNegative(cache.loader());
        Lattice exc = loader.load(excFile);
        Lattice inh = loader.load(inhFile);

        Map<String, Map<String, List<BoutonLattice>>> handles = new LinkedHashMap<>();
        List<Path> allBoutonFiles = new ArrayList<>();
        boutonFiles.forEach((area, byType) -> {
            Map<String, List<BoutonLattice>> typeHandles = new LinkedHashMap<>();
            byType.forEach((type, files) -> {
                typeHandles.put(type, files.stream().<BoutonLattice>map(f -> new FileBoutonLattice(f, loader)).toList());
                allBoutonFiles.addAll(files);
            });
            handles.put(area, typeHandles);
        });

        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("source", NAME);
        provenance.put("folder", folder.toString());
        provenance.put("sha256 " + IsfLayout.NR_CELLS, Fingerprints.sha256(nrCellsFile));
        provenance.put("sha256 " + IsfLayout.CONNECTIONS, Fingerprints.sha256(connectionsFile));
        provenance.put("sha256 " + folder.relativize(excFile), Fingerprints.sha256(excFile));
        provenance.put("sha256 " + folder.relativize(inhFile), Fingerprints.sha256(inhFile));
        provenance.put("bouton files", Integer.toString(allBoutonFiles.size()));
        provenance.put("bouton files fingerprint (names, sizes, mtimes)", Fingerprints.listing(boutonRoot, allBoutonFiles));
        provenance.put("bouton file order", "sorted by name (ISF: directory order)");
        provenance.put("lattice cache", cache.description());
        return new IsfModel(folder.toString(), nrCells, connections, exc, inh, handles, provenance);
    }

    /** ISF's name first; the downloaded copy's spelling second (isf-spec §4). */
    private static Path inhNormalizationFile(Path pstFolder) throws NoSuchFileException {
        Path isfName = pstFolder.resolve(IsfLayout.INH_NORMALIZATION);
        if (Files.isRegularFile(isfName)) {
            return isfName;
        }
        Path downloadName = pstFolder.resolve(IsfLayout.INH_NORMALIZATION_DOWNLOADED);
        if (Files.isRegularFile(downloadName)) {
            return downloadName;
        }
        throw new NoSuchFileException(isfName.toString(), null, "required by the ISF layout (also looked for "
                + IsfLayout.INH_NORMALIZATION_DOWNLOADED + ")");
    }

    private static Path requireFile(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "required by the ISF layout");
        }
        return file;
    }

    private LatticeReader amiraReader() throws IOException {
        LatticeReader found = latticeReader;
        if (found == null) {
            throw new IOException("no LatticeReader named '" + IsfFolderSource.LATTICE_FORMAT
                    + "' is available (is bundle org.synmap.lattice.amira installed?)");
        }
        return found;
    }
}
