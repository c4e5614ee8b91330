package org.synmap.shell.gogo;

import java.io.PrintStream;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Gogo's {@code start}, printing the id of a bundle it installs: {@code start file:/x/plugin.jar}
 * answers {@code Bundle ID: 42}, as {@code install} does, so that {@code uninstall 42} needs no
 * {@code lb} first; and a bundle that does not start is reported with the requirement nothing
 * meets. It is registered as {@code felix:start} with a higher {@code service.ranking} than
 * gogo.command's: Gogo keeps every service of one scope and name and calls the best-ranked, so
 * {@code start} and {@code felix:start} both mean this one while it is installed, and
 * gogo.command's again when it is not.
 */
@Component(service = StartCommand.class, property = {"osgi.command.scope=felix", "osgi.command.function=start",
    "service.ranking:Integer=100"})
public class StartCommand {
    private final BundleContext context;

    @Activate
    public StartCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("start bundles; a location (file:/..., a URL) is installed first and its bundle id printed")
    public void start(
            @Descriptor("start bundle transiently") @Parameter(names = {"-t", "--transient"}, presentValue = "true",
                    absentValue = "false") boolean transientStart,
            @Descriptor("use declared activation policy") @Parameter(names = {"-p", "--policy"},
                    presentValue = "true", absentValue = "false") boolean policy,
            @Descriptor("bundle ids or locations") String... bundles) throws BundleException {
        // Gogo's thread-local System.out and System.err are this session's console
        PrintStream out = System.out;
        PrintStream err = System.err;
        int options = (transientStart ? Bundle.START_TRANSIENT : 0) | (policy ? Bundle.START_ACTIVATION_POLICY : 0);
        for (String given : bundles) {
            Bundle bundle = find(given);
            if (bundle == null) {
                bundle = context.installBundle(given.strip());
                out.println("Bundle ID: " + bundle.getBundleId());
            }
            try {
                bundle.start(options);
            } catch (BundleException e) {
                // reported, not thrown: the bundle stays installed (uninstall it by the id above)
                err.println(PluginBundles.name(bundle) + " did not start: " + Requirements.simplify(e.getMessage()));
            }
        }
    }

    /** The installed bundle {@code given} names, by id or location, or null. */
    private Bundle find(String given) {
        String g = given.strip();
        if (g.matches("\\d+")) {
            Bundle b = context.getBundle(Long.parseLong(g));
            if (b == null) {
                throw new IllegalArgumentException("no bundle with id " + g);
            }
            return b;
        }
        return context.getBundle(g);
    }
}
