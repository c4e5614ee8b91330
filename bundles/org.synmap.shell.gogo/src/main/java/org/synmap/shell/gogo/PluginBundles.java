package org.synmap.shell.gogo;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

/**
 * What became of the jars in the plugins folders: FileInstall installs and starts them, and
 * says little when one fails. This finds every jar that is not a running bundle and says why,
 * in one line naming the file and, for a bundle that does not resolve, the requirement no
 * installed bundle meets (with the versions that are installed, where a package is missing in
 * the version asked for). The runtime and the other plugins are unaffected by such a jar.
 */
final class PluginBundles {
    private final BundleContext context;
    private final PluginFolders folders;

    PluginBundles(BundleContext context, PluginFolders folders) {
        this.context = context;
        this.folders = folders;
    }

    /**
     * The plugins folders of this runtime: none where FileInstall is not running (a distribution
     * without it, such as synmap-minimal), since nothing would install their jars.
     */
    static PluginBundles of(BundleContext context) {
        boolean watched = false;
        for (Bundle b : context.getBundles()) {
            watched |= FILEINSTALL.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE;
        }
        return new PluginBundles(context, watched ? PluginFolders.of(context::getProperty, System::getenv)
                : new PluginFolders(List.of()));
    }

    /** The bundle that watches the plugins folders. */
    static final String FILEINSTALL = "org.apache.felix.fileinstall";

    PluginFolders folders() {
        return folders;
    }

    /** Explicitly named folders that do not exist or are not folders, one line each. */
    List<String> missingFolders() {
        List<String> out = new ArrayList<>();
        for (PluginFolders.Folder f : folders.folders()) {
            if (f.explicit() && !Files.isDirectory(f.path())) {
                out.add("plugins folder " + f.path() + " (from " + f.source() + ") "
                        + (Files.exists(f.path()) ? "is not a folder" : "does not exist"));
            }
        }
        return out;
    }

    /** Every plugin jar that is not a running bundle, with the reason, one line each, in file order. */
    List<String> problems() {
        List<String> out = new ArrayList<>(missingFolders());
        for (PluginFolders.Folder f : folders.folders()) {
            for (Path jar : jars(f.path())) {
                String reason = reason(jar);
                if (reason != null) {
                    out.add(jar + ": " + reason);
                }
            }
        }
        return out;
    }

    private static List<Path> jars(Path folder) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.jar")) {
            s.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            });
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    /** Why {@code jar} is not a running bundle, or null when it is one. */
    String reason(Path jar) {
        Bundle bundle = installedFrom(jar);
        if (bundle == null) {
            return notInstalled(jar);
        }
        return notRunning(bundle);
    }

    /** The bundle installed from {@code jar}, or null. */
    Bundle installedFrom(Path jar) {
        Path file = jar.toAbsolutePath().normalize();
        for (Bundle b : context.getBundles()) {
            if (file.equals(PluginFolders.fileOf(b.getLocation()))) {
                return b;
            }
        }
        return null;
    }

    /** Why a bundle is not running, or null when it is (a fragment counts when resolved). */
    String notRunning(Bundle bundle) {
        if (isFragment(bundle)) {
            return bundle.getState() == Bundle.INSTALLED ? name(bundle) + " is a fragment that does not resolve"
                    + missing(bundle) : null;
        }
        int state = bundle.getState();
        if (state == Bundle.ACTIVE || state == Bundle.STARTING || state == Bundle.UNINSTALLED) {
            return null;
        }
        String missing = state == Bundle.INSTALLED ? missing(bundle) : "";
        try {
            // FileInstall retries failed starts on each scan; this is the same attempt, made now to learn why
            bundle.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException | IllegalStateException | SecurityException e) {
            if (!missing.isEmpty()) {
                return name(bundle) + " does not resolve" + missing;
            }
            return name(bundle) + " did not start: " + Requirements.simplify(e.getMessage());
        }
    }

    /** ": missing package … (installed: …); …" for every mandatory requirement nothing installed meets. */
    private String missing(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
        if (revision == null || wiring == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Requirement r : revision.getRequirements(null)) {
            String namespace = r.getNamespace();
            if (Namespace.RESOLUTION_OPTIONAL.equals(r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                    || !isResolveTime(r) || !wiring.findProviders(r).isEmpty()) {
                continue;
            }
            String filter = r.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
            String text = Requirements.describe(namespace, filter);
            String pkg = PackageNamespace.PACKAGE_NAMESPACE.equals(namespace) ? Requirements.packageOf(filter) : null;
            if (pkg != null) {
                text += installedVersions(wiring, pkg);
            }
            out.add(text);
        }
        return out.isEmpty() ? "" : ": missing " + String.join("; ", out);
    }

    /** Requirements the framework resolves (not, say, DS service references, which are informational). */
    private static boolean isResolveTime(Requirement r) {
        String effective = r.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }

    /** " (installed: 2.1.0)" for a package other versions of which are exported, else empty. */
    private static String installedVersions(FrameworkWiring wiring, String pkg) {
        TreeSet<Version> versions = new TreeSet<>();
        for (Capability c : wiring.findProviders(anyVersionOf(pkg))) {
            Object v = c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
            if (v instanceof Version version) {
                versions.add(version);
            }
        }
        if (versions.isEmpty()) {
            return " (no installed bundle exports it)";
        }
        List<String> text = new ArrayList<>();
        versions.forEach(v -> text.add(v.toString()));
        return " (installed: " + String.join(", ", text) + ")";
    }

    /** A requirement for package {@code pkg} in any version, to ask which versions are there. */
    private static Requirement anyVersionOf(String pkg) {
        return new Requirement() {
            @Override
            public String getNamespace() {
                return PackageNamespace.PACKAGE_NAMESPACE;
            }

            @Override
            public Map<String, String> getDirectives() {
                return Map.of(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "(" + PackageNamespace.PACKAGE_NAMESPACE + "="
                        + pkg + ")");
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return null;
            }
        };
    }

    /** Why a jar in a plugins folder was not installed at all. */
    private String notInstalled(Path jar) {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + ")";
        }
        String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (name == null) {
            return "not an OSGi bundle: its manifest has no Bundle-SymbolicName (build plugins with bnd, see"
                    + " docs/writing-plugins.md)";
        }
        String symbolicName = name.split(";")[0].trim();
        Version version;
        try {
            version = Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
        } catch (IllegalArgumentException e) {
            return "its Bundle-Version is not a version: " + e.getMessage();
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && version.equals(b.getVersion())) {
                Path other = PluginFolders.fileOf(b.getLocation());
                return symbolicName + " " + version + " is installed already, from "
                        + (other != null ? other.toString() : "the distribution (built-in)")
                        + "; give the plugin another version or remove one of them";
            }
        }
        return symbolicName + " " + version + " was not installed (not yet scanned, or FileInstall could not"
                + " install it)";
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision r = bundle.adapt(BundleRevision.class);
        return r != null && (r.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " (bundle " + bundle.getBundleId() + ")";
    }
}
