package org.synmap.shell.gogo;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The folders whose jars are plugins: {@code plugins/} beside the {@code synmap} script, and the
 * folder of {@code --plugins DIR}, else of {@code SYNMAP_PLUGINS}. Felix FileInstall watches them
 * (the distribution's run properties give it the same two folders, from the same properties);
 * this class lets synmap check and describe what FileInstall did with them.
 *
 * @param folders the folders, in the order FileInstall scans them
 */
record PluginFolders(List<Folder> folders) {
    /** Framework (or system) property: the folder holding the {@code synmap} script; set by the script. */
    static final String HOME = "synmap.home";
    /** Framework (or system) property: the folder of {@code --plugins}; set by the script. */
    static final String PLUGINS = "synmap.plugins";
    /** Environment variable naming a plugins folder when {@code --plugins} is not given. */
    static final String ENV = "SYNMAP_PLUGINS";

    /**
     * One plugins folder.
     *
     * @param path     its absolute, normalised path
     * @param source   where it was named: {@code beside the synmap script}, {@code --plugins} or
     *                 {@code SYNMAP_PLUGINS}
     * @param explicit whether the user named it (then it must exist)
     */
    record Folder(Path path, String source, boolean explicit) {
    }

    PluginFolders {
        folders = List.copyOf(folders);
    }

    /** The folders from framework properties and the environment. */
    static PluginFolders of(UnaryOperator<String> property, UnaryOperator<String> environment) {
        List<Folder> out = new ArrayList<>();
        String home = property.apply(HOME);
        if (notBlank(home)) {
            out.add(new Folder(absolute(Path.of(home).resolve("plugins")), "beside the synmap script", false));
        }
        String option = property.apply(PLUGINS);
        String env = environment.apply(ENV);
        if (notBlank(option)) {
            out.add(new Folder(absolute(Path.of(option)), "--plugins", true));
        } else if (notBlank(env)) {
            out.add(new Folder(absolute(Path.of(env)), ENV, true));
        }
        return new PluginFolders(out);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** The folder a bundle was installed from, when its location is a file in one of the folders. */
    Folder folderOf(String location) {
        Path file = fileOf(location);
        if (file == null) {
            return null;
        }
        for (Folder f : folders) {
            if (f.path().equals(file.getParent())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The file a bundle location names ({@code file:/…}, as FileInstall installs, or
     * {@code reference:file:/…}), or null when it names none.
     */
    static Path fileOf(String location) {
        if (location == null) {
            return null;
        }
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!l.startsWith("file:")) {
            return null;
        }
        try {
            return absolute(Path.of(new URI(l)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
