package org.synmap.cluster.hazelcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.JobResult;
import org.synmap.engine.api.JobRunner;
import org.synmap.engine.api.SynmapException;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import com.hazelcast.nio.serialization.HazelcastSerializationException;

/**
 * A cluster member: joins the cluster, then runs the jobs submitters put into its own queue
 * ({@code synmap.jobs.<member uuid>}), {@code threads} at a time, and puts each result into the
 * submission's result queue. Every job is checked before it runs: a payload that is not a
 * synmap envelope, a signature that does not match the cluster secret, a submitter that is not in
 * the cluster, or a path outside the member's {@code --allow} folders is refused, logged, and the
 * member goes on. Members and submitters that join or leave are logged.
 */
final class Member {
    private final ClusterSettings settings;
    private final JobRunner runner;
    private final ProgressListener log;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile HazelcastInstance instance;

    Member(ClusterSettings settings, JobRunner runner, ProgressListener log) {
        this.settings = settings;
        this.runner = runner;
        this.log = log;
    }

    /** Serves until the thread is interrupted, the process stops, or the instance is shut down. */
    void serve() throws InterruptedException {
        try (AutoCloseable refusals = Instances.logJoinRefusals(log)) {
            serve(Instances.start(HazelcastConfigs.member(settings)));
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(HazelcastInstance hz) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleState.SHUTTING_DOWN || e.getState() == LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        com.hazelcast.cluster.Member me = hz.getCluster().getLocalMember();
        log.note(String.format(Locale.ROOT, "member %s of cluster '%s' listening on %s; %d job%s at a time; jobs may"
                + " read %s", me.getUuid(), settings.clusterName(), me.getAddress(), settings.threads(),
                settings.threads() == 1 ? "" : "s", settings.allow().isEmpty() ? "built-in morphologies and models only"
                        : "under " + settings.allow()));
        for (com.hazelcast.cluster.Member m : hz.getCluster().getMembers()) {
            if (!m.localMember()) {
                log.note("in the cluster: " + Instances.describe(m));
            }
        }
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                log.note("joined: " + Instances.describe(e.getMember()));
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                log.note("left: " + Instances.describe(e.getMember()));
            }
        });
        IQueue<Object> queue = hz.getQueue(Instances.jobQueue(me.getUuid()));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            Thread t = new Thread(() -> work(hz, queue, stopped), "synmap-member-" + (i + 1));
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        instance = hz;
        // Outside a framework the process's end must stop the member; inside one, the component's
        // deactivation does (before the Hazelcast bundle itself stops).
        Thread onExit = org.osgi.framework.FrameworkUtil.getBundle(Member.class) == null
                ? new Thread(this::stop, "synmap-member-stop") : null;
        if (onExit != null) {
            Runtime.getRuntime().addShutdownHook(onExit);
        }
        try {
            stopped.await();
        } finally {
            if (onExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onExit);
                } catch (IllegalStateException e) {
                    // the process is stopping: the hook shuts the instance down
                }
            }
            for (Thread t : workers) {
                t.interrupt();
            }
            if (hz.getLifecycleService().isRunning()) {
                hz.shutdown();
            }
        }
    }

    /** Leaves the cluster (gracefully: queued data moves to the other members) and ends {@link #serve}. */
    void stop() {
        HazelcastInstance hz = instance;
        if (hz != null && hz.getLifecycleService().isRunning()) {
            log.note("stopping (" + done.get() + " jobs done, " + refused.get() + " refused)");
            hz.shutdown();
        }
    }

    private void work(HazelcastInstance hz, IQueue<Object> queue, CountDownLatch stopped) {
        while (stopped.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
            Object item;
            try {
                item = queue.poll(1, TimeUnit.SECONDS);
            } catch (HazelcastSerializationException e) {
                refuse("a payload that is not a synmap job (it cannot be read as text: " + e.getMessage() + ")");
                continue;
            } catch (InterruptedException | HazelcastInstanceNotActiveException e) {
                return;
            } catch (RuntimeException e) {
                if (!hz.getLifecycleService().isRunning()) {
                    return;
                }
                log.note("cannot take a job from the queue: " + e);
                continue;
            }
            if (item != null) {
                try {
                    handle(hz, item);
                } catch (HazelcastInstanceNotActiveException e) {
                    return; // stopped while the job ran: the submitter sends it elsewhere
                }
            }
        }
    }

    private void handle(HazelcastInstance hz, Object item) {
        Envelopes.Job job;
        try {
            JsonNode body = Envelopes.open(settings.secret(), item, Envelopes.MAX_JOB_CHARS);
            job = Envelopes.readJob(body);
        } catch (Envelopes.NotSynmap e) {
            refuse("a payload that is not a synmap job (" + e.getMessage() + ")");
            return;
        } catch (SecurityException e) {
            refuse("a job whose signature does not match the cluster secret (a submitter with another"
                    + " --secret-file?)");
            return;
        }
        com.hazelcast.cluster.Member submitter = Instances.member(hz, job.submitter());
        if (submitter == null) {
            log.note("dropped job " + job.id() + ": its submitter " + job.submitter() + " has left the cluster");
            return;
        }
        String label = job.job().morphology() + " as " + job.job().cellType() + ", seed " + job.job().seed();
        String from = "job " + job.id() + " from " + submitter.getAddress() + " (" + label + ")";
        String me = hz.getCluster().getLocalMember().getUuid().toString();
        String reply;
        try {
            JobResult r = runner.run(job.job(), settings.allow(),
                    ProgressListener.notesTo(message -> log.note(from + ": " + message)));
            reply = Envelopes.result(settings.secret(), job.submission(), job.id(), me, r);
            done.incrementAndGet();
            log.note(String.format(Locale.ROOT, "%s: done in %.2f s", from, r.seconds()));
        } catch (SynmapException e) {
            if (e.getMessage().startsWith("refused")) {
                refused.incrementAndGet();
            }
            log.note(from + ": " + e.getMessage());
            reply = Envelopes.failure(settings.secret(), job.submission(), job.id(), me, e.getMessage());
        } catch (RuntimeException e) {
            log.note(from + ": failed: " + e);
            reply = Envelopes.failure(settings.secret(), job.submission(), job.id(), me, "failed on "
                    + hz.getCluster().getLocalMember().getAddress() + ": " + e);
        }
        if (Instances.member(hz, job.submitter()) == null) {
            log.note(from + ": its submitter has left; the result is dropped");
            return;
        }
        try {
            hz.getQueue(Instances.resultQueue(job.submission())).offer(reply);
        } catch (RuntimeException e) {
            log.note(from + ": cannot send the result: " + e);
        }
    }

    private void refuse(String what) {
        refused.incrementAndGet();
        log.note("refused " + what);
    }

    static String uuid(UUID u) {
        return u.toString();
    }
}
