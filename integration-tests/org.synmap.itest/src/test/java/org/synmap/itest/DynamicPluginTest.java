package org.synmap.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;

/**
 * A plugin bundle built only for the tests, written against the API bundles alone, is installed
 * into the running framework, used, made to fail, and uninstalled.
 */
class DynamicPluginTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    SynmapEngine engine;

    @TempDir
    Path tmp;

    private boolean registered(String name) {
        return engine.plugins().stream().anyMatch(p -> p.name().equals(name));
    }

    private void awaitRegistered(String name, boolean expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (registered(name) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, registered(name), "plugin " + name + (expected ? " never appeared" : " never left"));
    }

    private EmbedJob job(Path hoc, Map<String, String> modelParameters, Path out, List<String> formats) {
        return new EmbedJob("itest-grid", Map.of(), hoc.toString(), Map.of(), "L5tt", "itest-model", modelParameters, 2, 7, 2,
                out, false, formats, false);
    }

    @Test
    void installUseFailAndUninstallAPlugin() throws Exception {
        Path jar = Path.of(context.getProperty("synmap.itest.plugin"));
        assertTrue(Files.isRegularFile(jar), "test plugin not built: " + jar);
        assertFalse(registered("itest-model"));

        Bundle plugin = context.installBundle(jar.toUri().toString());
        plugin.start();
        awaitRegistered("itest-model", true);
        awaitRegistered("itest-writer", true);
        assertTrue(engine.plugins().stream().anyMatch(
                p -> p.name().equals("itest-model") && p.bundle().startsWith("org.synmap.itest.plugin")));

        // Use it: the third-party model, the third-party writer and synmap's own ISF writer together.
        Path hoc = TestFiles.smallHoc(tmp);
        Path out = tmp.resolve("out");
        engine.embed(job(hoc, Map.of(), out, List.of("isf", "itest-writer")), ProgressListener.NONE);
        assertEquals("synapses=2\nsamples=2\n", Files.readString(out.resolve("itest-summary.txt")));
        assertTrue(Files.list(out).anyMatch(p -> p.toString().endsWith(".syn")));

        // A plugin that throws: a clear error naming it, and the runtime stays usable.
        SynmapException prepare = assertThrows(SynmapException.class,
                () -> engine.embed(job(hoc, Map.of("fail", "prepare"), tmp.resolve("p"), List.of("isf")),
                        ProgressListener.NONE));
        assertTrue(prepare.getMessage().contains("itest-model"), prepare.getMessage());
        SynmapException realize = assertThrows(SynmapException.class,
                () -> engine.embed(job(hoc, Map.of("fail", "realize"), tmp.resolve("r"), List.of("isf")),
                        ProgressListener.NONE));
        assertTrue(realize.getMessage().contains("itest-model"), realize.getMessage());
        assertTrue(realize.getMessage().contains("org.synmap.itest.plugin"), realize.getMessage());
        assertFalse(realize.getMessage().contains("\n"), "one line: " + realize.getMessage());
        Path again = tmp.resolve("again");
        engine.embed(job(hoc, Map.of(), again, List.of("itest-writer")), ProgressListener.NONE);
        assertTrue(Files.exists(again.resolve("itest-summary.txt")));

        // Uninstall: gone from the registry, and asking for it is a clear error.
        plugin.uninstall();
        awaitRegistered("itest-model", false);
        awaitRegistered("itest-writer", false);
        SynmapException gone = assertThrows(SynmapException.class,
                () -> engine.embed(job(hoc, Map.of(), tmp.resolve("gone"), List.of("isf")), ProgressListener.NONE));
        assertTrue(gone.getMessage().contains("no connectome model named 'itest-model'"), gone.getMessage());
    }
}
