package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The options that name a cluster and how to reach it, shared by {@code member} and
 * {@code batch}. They become the settings of the job executor ({@code hazelcast}), which checks them.
 */
final class ClusterOptions {
    /** The job executor that runs clusters. */
    static final String EXECUTOR = "hazelcast";

    @Option(names = "--cluster-name", paramLabel = "<name>", description = "the cluster's name; members and"
            + " submitters of one cluster give the same")
    String clusterName;

    @Option(names = "--members", paramLabel = "<host:port>[,...]", description = "the members to join (TCP/IP,"
            + " no multicast)")
    String members;

    @Option(names = "--secret-file", paramLabel = "<file>", description = "the cluster's shared secret (a file"
            + " readable by its owner only); checked when a process joins and on every job")
    Path secretFile;

    @Option(names = "--bind", paramLabel = "<address>", description = "the interface to listen on; default"
            + " 127.0.0.1 (this machine only)")
    String bind;

    @Option(names = "--port", paramLabel = "<port>", description = "the port to listen on; default 5701 for a"
            + " member, any free one from 5701 up for a submitter")
    Integer port;

    /** The executor's settings: what was given, by the executor's parameter names. */
    Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "cluster-name", clusterName);
        put(s, "members", members);
        put(s, "secret-file", secretFile == null ? null : secretFile.toAbsolutePath().toString());
        put(s, "bind", bind);
        put(s, "port", port == null ? null : port.toString());
        return s;
    }

    boolean given() {
        return clusterName != null || members != null || secretFile != null || bind != null || port != null;
    }

    private static void put(Map<String, String> s, String key, String value) {
        if (value != null) {
            s.put(key, value);
        }
    }
}
