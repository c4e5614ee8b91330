package org.synmap.cluster.hazelcast;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * The executor's settings: which cluster, how to reach it, and what a member may read.
 *
 * @param clusterName the user's cluster name
 * @param members     the members to join, {@code host:port} each
 * @param secret      the cluster's secret
 * @param bind        the address to listen on
 * @param port        the port to listen on; 0 for a submitter: the first free one from 5701
 * @param allow       folders a member's jobs may read
 * @param threads     jobs a member runs at once
 */
record ClusterSettings(String clusterName, List<String> members, Secret secret, String bind, int port,
        List<Path> allow, int threads) {
    static final String CLUSTER_NAME = "cluster-name";
    static final String MEMBERS = "members";
    static final String SECRET_FILE = "secret-file";
    static final String BIND = "bind";
    static final String PORT = "port";
    static final String ALLOW = "allow";
    static final String THREADS = "threads";
    static final int DEFAULT_PORT = 5701;

    static final List<Parameter> PARAMETERS = List.of(
            Parameter.text(CLUSTER_NAME, null, "the cluster's name").asMandatory(),
            Parameter.text(MEMBERS, null, "members to join, host:port separated by commas (TCP/IP; no multicast)")
                    .asMandatory(),
            Parameter.path(SECRET_FILE, null, "the cluster's shared secret: a file only its owner may read, 16 bytes"
                    + " or more").asMandatory(),
            Parameter.text(BIND, "127.0.0.1", "the address to listen on (the default: this machine only)"),
            Parameter.integer(PORT, null, "the port to listen on; default 5701 for a member, the first free one from"
                    + " 5701 for a submitter"),
            Parameter.text(ALLOW, "", "folders (separated by '" + File.pathSeparator + "') whose files a member's"
                    + " jobs may read; built-in morphologies and models need none"),
            Parameter.integer(THREADS, null, "jobs a member runs at once; default: its processors"));

    /** The settings from checked parameters; reads the secret file. */
    static ClusterSettings of(Parameters p) throws IOException {
        String name = p.text(CLUSTER_NAME).strip();
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("--cluster-name '" + name + "': use 1-64 letters, digits, '.', '_', '-'");
        }
        List<String> members = new ArrayList<>();
        for (String m : p.text(MEMBERS).split(",")) {
            String t = m.strip();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.lastIndexOf(':');
            if (colon <= 0 || !t.substring(colon + 1).matches("\\d{1,5}")
                    || Integer.parseInt(t.substring(colon + 1)) > 65535) {
                throw new IllegalArgumentException("--members: '" + t + "' is not host:port");
            }
            members.add(t);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("--members names no member (host:port,...)");
        }
        long port = p.has(PORT) ? p.integer(PORT) : 0;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is not a port number");
        }
        List<Path> allow = new ArrayList<>();
        for (String d : p.text(ALLOW).split(File.pathSeparator)) {
            if (!d.isBlank()) {
                allow.add(Path.of(d.strip()).toAbsolutePath().normalize());
            }
        }
        long threads = p.has(THREADS) ? p.integer(THREADS) : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads " + threads + " is not between 1 and 1024");
        }
        return new ClusterSettings(name, List.copyOf(members), Secret.read(p.path(SECRET_FILE)), p.text(BIND).strip(),
                (int) port, List.copyOf(allow), (int) threads);
    }
}
