package org.synmap.shell.gogo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * In the interactive shell, tells the user what FileInstall did with the plugins folders: a jar
 * added and started, replaced, or removed, and a jar that does not start, with the reason. A
 * bundle is checked a moment after it is installed or updated, because FileInstall installs all
 * new jars of a scan before it starts any of them.
 */
final class PluginWatch implements BundleListener, AutoCloseable {
    /** How long after an install or update a bundle that is still not running is reported. */
    private static final long CHECK_AFTER_MS = 3000;

    private final PluginBundles bundles;
    private final PrintStream err;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "synmap-plugin-watch");
        t.setDaemon(true);
        return t;
    });

    PluginWatch(PluginBundles bundles, PrintStream err) {
        this.bundles = bundles;
        this.err = err;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        PluginFolders.Folder folder = bundles.folders().folderOf(bundle.getLocation());
        if (folder == null) {
            return;
        }
        Path file = PluginFolders.fileOf(bundle.getLocation());
        switch (event.getType()) {
            case BundleEvent.STARTED -> say("started " + PluginBundles.name(bundle) + " from " + file);
            case BundleEvent.UPDATED -> {
                say("updated " + PluginBundles.name(bundle) + " from " + file);
                checkLater(bundle);
            }
            case BundleEvent.UNINSTALLED -> say("removed " + PluginBundles.name(bundle) + " (" + file + " is gone)");
            case BundleEvent.INSTALLED -> checkLater(bundle);
            default -> {
            }
        }
    }

    private void checkLater(Bundle bundle) {
        checks.schedule(() -> {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                String reason = bundles.notRunning(bundle);
                if (reason != null) {
                    say(PluginFolders.fileOf(bundle.getLocation()) + ": " + reason);
                }
            }
        }, CHECK_AFTER_MS, TimeUnit.MILLISECONDS);
    }

    private void say(String message) {
        err.println("synmap: plugin " + message);
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
