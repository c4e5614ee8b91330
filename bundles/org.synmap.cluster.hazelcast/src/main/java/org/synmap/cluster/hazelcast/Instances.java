package org.synmap.cluster.hazelcast;

import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.synmap.connectome.api.ProgressListener;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/** Starting Hazelcast instances inside the framework, and the names synmap gives things in them. */
final class Instances {
    /**
     * Hazelcast's own log (java.util.logging): errors only. Its INFO lines (banner, partition
     * tables) and warnings (a member suspected dead, each of 271 partitions lost with it) would
     * drown synmap's, which says the same once: who joined, who left, which jobs moved. Kept here
     * so that the setting is not collected.
     */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");
    /**
     * Connections that close as peers leave, and the advice to open JDK internals for speed:
     * warnings with stack traces that say nothing a user can act on. Errors still show.
     */
    private static final Logger CONNECTIONS_LOG = Logger.getLogger("com.hazelcast.internal.server.tcp");
    private static final Logger MODULES_LOG = Logger.getLogger("com.hazelcast.internal.util.ModularJavaUtils");
    /** Where Hazelcast says it refused a join (another cluster name: no secret); members log it as theirs. */
    private static final Logger JOIN_LOG = Logger.getLogger("com.hazelcast.internal.cluster.impl.ClusterJoinManager");

    static {
        HAZELCAST_LOG.setLevel(Level.SEVERE);
        JOIN_LOG.setLevel(Level.WARNING);
        CONNECTIONS_LOG.setLevel(Level.SEVERE);
        MODULES_LOG.setLevel(Level.SEVERE);
    }

    /**
     * Passes Hazelcast's refusals of joiners to a member's log, until the returned handle is closed.
     */
    static AutoCloseable logJoinRefusals(ProgressListener log) {
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String m = r.getMessage();
                if (m != null && m.contains("invalid join request")) {
                    // "[address] [cluster] [version] Received an invalid join request from X, cause: ..."
                    int at = m.indexOf("Received");
                    log.note("refused a process that tried to join without the cluster's secret (or with another"
                            + " cluster name): " + (at >= 0 ? m.substring(at) : m));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        JOIN_LOG.addHandler(h);
        JOIN_LOG.setUseParentHandlers(false);
        return () -> JOIN_LOG.removeHandler(h);
    }

    private Instances() {
    }

    /**
     * Starts an instance with Hazelcast's bundle as the context class loader: Hazelcast finds
     * its own services through it, which inside an OSGi framework is otherwise a loader that
     * cannot see them.
     */
    static HazelcastInstance start(Config config) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(Hazelcast.class.getClassLoader());
        try {
            return Hazelcast.newHazelcastInstance(config);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    /** The queue a member takes its jobs from. */
    static String jobQueue(UUID member) {
        return HazelcastConfigs.QUEUES + "jobs." + member;
    }

    /** The queue a submission's results go to. */
    static String resultQueue(String submission) {
        return HazelcastConfigs.QUEUES + "results." + submission;
    }

    /** The member with this uuid if it is in the cluster, else null. */
    static Member member(HazelcastInstance hz, String uuid) {
        for (Member m : hz.getCluster().getMembers()) {
            if (m.getUuid().toString().equals(uuid)) {
                return m;
            }
        }
        return null;
    }

    /** A member as the log names it: address, role, uuid. */
    static String describe(Member m) {
        String role = m.getAttribute(HazelcastConfigs.ROLE);
        return m.getAddress() + " (" + (role == null ? "not a synmap process" : "synmap " + role)
                + (m.isLiteMember() ? ", lite" : "") + ", " + m.getUuid() + ")";
    }
}
