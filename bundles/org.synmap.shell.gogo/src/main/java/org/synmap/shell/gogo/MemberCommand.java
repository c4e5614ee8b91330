package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code member}: a headless synmap that joins a cluster and runs the embedding jobs submitted to
 * it until it is stopped (SIGINT, SIGTERM).
 */
@Command(name = "member", description = "serve embedding jobs as a member of a synmap cluster (Hazelcast, TCP/IP"
        + " member list, no multicast) until stopped; jobs may read only under the --allow folders")
final class MemberCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    private final SynmapEngine engine;

    @Mixin
    private ClusterOptions cluster;

    @Option(names = "--allow", paramLabel = "<dir>", description = "a folder whose morphologies and data jobs may"
            + " read (repeatable); built-in morphologies and models need none")
    private List<Path> allow = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "<n>", description = "jobs run at once; default: all processors")
    private Integer threads;

    MemberCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        Map<String, String> settings = cluster.settings();
        if (!allow.isEmpty()) {
            List<String> dirs = new ArrayList<>();
            for (Path p : allow) {
                String dir = p.toAbsolutePath().normalize().toString();
                if (dir.contains(java.io.File.pathSeparator)) {
                    // the folders reach the executor as one list separated by it: such a name would become two
                    throw new ParameterException(spec.commandLine(), "--allow " + p + ": a folder whose name holds '"
                            + java.io.File.pathSeparator + "' cannot be allowed; link it under another name");
                }
                dirs.add(dir);
            }
            settings.put("allow", String.join(java.io.File.pathSeparator, dirs));
        }
        if (threads != null) {
            settings.put("threads", threads.toString());
        }
        engine.serve(ClusterOptions.EXECUTOR, settings, MemberLog.onStderr());
        return "member stopped";
    }
}
