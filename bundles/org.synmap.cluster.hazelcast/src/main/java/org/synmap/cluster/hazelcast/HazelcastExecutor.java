package org.synmap.cluster.hazelcast;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.JobExecutor;
import org.synmap.engine.api.JobRunner;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * The {@code hazelcast} job executor: {@code synmap member} serves jobs as a member of a
 * Hazelcast cluster, {@code synmap batch --cluster-name ... --members ...} submits a batch to it.
 * See {@link Member}, {@link Submission}, and {@link HazelcastConfigs} and {@link Secret} for
 * how the cluster is kept closed.
 */
@Component(service = JobExecutor.class)
@SynmapPlugin(kind = JobExecutor.KIND, name = HazelcastExecutor.NAME, description = "Runs batches on a Hazelcast"
        + " cluster of synmap members (TCP/IP member list, shared secret, JSON jobs and results)")
public final class HazelcastExecutor implements JobExecutor {
    /** The executor's name. */
    public static final String NAME = "hazelcast";

    /** Creates the executor; it has no state of its own. */
    public HazelcastExecutor() {
    }

    private final Set<Member> serving = ConcurrentHashMap.newKeySet();
    private final Set<Submission> submitting = ConcurrentHashMap.newKeySet();

    @Override
    public List<Parameter> parameters() {
        return ClusterSettings.PARAMETERS;
    }

    @Override
    public void submit(Parameters settings, List<RemoteJob> jobs, RemoteResults results)
            throws IOException, InterruptedException {
        Submission s = new Submission(ClusterSettings.of(settings), jobs, results);
        submitting.add(s);
        try {
            s.run();
        } finally {
            submitting.remove(s);
        }
    }

    @Override
    public void serve(Parameters settings, JobRunner runner, ProgressListener log)
            throws IOException, InterruptedException {
        Member m = new Member(ClusterSettings.of(settings), runner, log);
        serving.add(m);
        try {
            m.serve();
        } finally {
            serving.remove(m);
        }
    }

    /** The framework is stopping (or this bundle): members leave the cluster while Hazelcast still runs. */
    @Deactivate
    void deactivate() {
        for (Member m : serving) {
            m.stop();
        }
        for (Submission s : submitting) {
            s.stop();
        }
    }
}
