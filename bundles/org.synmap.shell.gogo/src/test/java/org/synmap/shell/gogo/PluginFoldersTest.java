package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The plugins folders follow the same rules as the distribution's FileInstall properties. */
class PluginFoldersTest {
    private static PluginFolders of(Map<String, String> properties, Map<String, String> env) {
        return PluginFolders.of(properties::get, env::get);
    }

    @Test
    void besideTheScriptThenTheOption() {
        PluginFolders f = of(Map.of("synmap.home", "/opt/synmap", "synmap.plugins", "/data/my-plugins"),
                Map.of("SYNMAP_PLUGINS", "/ignored"));
        assertEquals(List.of(Path.of("/opt/synmap/plugins"), Path.of("/data/my-plugins")),
                f.folders().stream().map(PluginFolders.Folder::path).toList());
        assertEquals("--plugins", f.folders().get(1).source());
        assertTrue(f.folders().get(1).explicit());
        assertTrue(!f.folders().get(0).explicit(), "plugins/ beside the script may be absent");
    }

    @Test
    void theEnvironmentWhenNoOptionIsGiven() {
        PluginFolders f = of(Map.of(), Map.of("SYNMAP_PLUGINS", "/data/env-plugins"));
        assertEquals(1, f.folders().size());
        assertEquals(Path.of("/data/env-plugins"), f.folders().get(0).path());
        assertEquals("SYNMAP_PLUGINS", f.folders().get(0).source());
    }

    @Test
    void noneWithoutTheScriptOrASetting() {
        assertEquals(List.of(), of(Map.of(), Map.of("SYNMAP_PLUGINS", " ")).folders());
    }

    @Test
    void bundleLocationsAreMatchedToTheirFolder() {
        PluginFolders f = of(Map.of("synmap.home", "/opt/synmap"), Map.of());
        assertEquals("beside the synmap script", f.folderOf("file:/opt/synmap/plugins/a.jar").source());
        assertEquals("beside the synmap script", f.folderOf("file:///opt/synmap/plugins/./b%20c.jar").source());
        assertEquals(Path.of("/opt/synmap/plugins/b c.jar"), PluginFolders.fileOf("file:/opt/synmap/plugins/b%20c.jar"));
        assertNull(f.folderOf("file:/opt/synmap/plugins/sub/a.jar"), "subfolders are not scanned");
        assertNull(f.folderOf("jar/org.synmap.engine.core-0.1.0.jar"), "built-in bundles have no file location");
        assertNull(f.folderOf(null));
    }
}
