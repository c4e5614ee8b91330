package org.synmap.cluster.hazelcast;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.synmap.engine.api.JobExecutor.RemoteJob;
import org.synmap.engine.api.JobExecutor.RemoteResults;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.nio.serialization.HazelcastSerializationException;

/**
 * One batch's jobs run on the cluster. The submitter joins as a lite member (it holds no data)
 * and stays the one authority on which member has which job: it hands each member at most twice
 * as many jobs as it runs at once, through the member's own queue, and takes results from the
 * submission's queue. When a member leaves (or dies), every job it held and had not answered goes
 * to the others; when a partition with synmap's queues is lost, every unanswered job is sent
 * again. A job may therefore run twice; its result is the same bytes, and the first one counts.
 * When no member is left, the jobs without a result are left for a rerun.
 */
final class Submission {
    /** How long a submitter waits for the first member to be seen. */
    static final long FIRST_MEMBER_MILLIS = 15_000;
    /** Jobs queued per job a member runs at once: enough that it never waits for the next. */
    static final int QUEUED_PER_SLOT = 2;

    private final ClusterSettings settings;
    private final List<RemoteJob> jobs;
    private final RemoteResults results;
    private final String id = UUID.randomUUID().toString();
    private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();

    private final Map<String, RemoteJob> byId = new LinkedHashMap<>();
    private final Deque<String> unassigned = new ArrayDeque<>();
    private final Map<UUID, Set<String>> assigned = new HashMap<>();
    private final Set<String> answered = new HashSet<>();
    private final AtomicBoolean resendPending = new AtomicBoolean();

    Submission(ClusterSettings settings, List<RemoteJob> jobs, RemoteResults results) {
        this.settings = settings;
        this.jobs = jobs;
        this.results = results;
        for (RemoteJob j : jobs) {
            byId.put(j.id(), j);
            unassigned.add(j.id());
        }
    }

    private volatile HazelcastInstance instance;

    /** Leaves the cluster now (the framework is stopping); {@link #run} then returns. */
    void stop() {
        HazelcastInstance hz = instance;
        if (hz != null) {
            hz.shutdown();
        }
    }

    void run() throws IOException, InterruptedException {
        HazelcastInstance hz = Instances.start(HazelcastConfigs.submitter(settings));
        instance = hz;
        IQueue<Object> answers = null;
        try {
            waitForMembers(hz);
            Member me = hz.getCluster().getLocalMember();
            results.note("submitting " + jobs.size() + " jobs from " + me.getAddress() + " to cluster '"
                    + settings.clusterName() + "': " + describe(workers(hz)));
            hz.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent e) {
                    events.add(() -> results.note("joined: " + Instances.describe(e.getMember())));
                }

                @Override
                public void memberRemoved(MembershipEvent e) {
                    events.add(() -> lost(hz, e.getMember()));
                }
            });
            // one event per partition: many arrive at once when a member dies; one resend serves them all
            hz.getPartitionService().addPartitionLostListener(e -> {
                if (resendPending.compareAndSet(false, true)) {
                    events.add(this::resendAll);
                }
            });
            answers = hz.getQueue(Instances.resultQueue(id));
            loop(hz, me, answers);
        } finally {
            if (answers != null) {
                try {
                    answers.destroy();
                } catch (RuntimeException e) {
                    // the cluster is gone: nothing to clean up
                }
            }
            hz.shutdown();
        }
    }

    private void waitForMembers(HazelcastInstance hz) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + FIRST_MEMBER_MILLIS;
        while (workers(hz).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("no member of cluster '" + settings.clusterName() + "' answered at "
                        + settings.members() + " within " + FIRST_MEMBER_MILLIS / 1000 + " s: are members running"
                        + " there, with the same --cluster-name and --secret-file? (Members refuse any process"
                        + " without the cluster's secret.) A submitter on another machine than its members needs"
                        + " --bind <its address that the members can reach>");
            }
            Thread.sleep(200);
        }
    }

    private void loop(HazelcastInstance hz, Member me, IQueue<Object> answers) throws InterruptedException {
        while (answered.size() < jobs.size()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            for (Runnable e; (e = events.poll()) != null;) {
                e.run();
            }
            if (!hz.getLifecycleService().isRunning()) {
                throw new InterruptedException(); // stopped with the framework
            }
            List<Member> workers = workers(hz);
            if (workers.isEmpty()) {
                results.note("no member is left in cluster '" + settings.clusterName() + "'; "
                        + (jobs.size() - answered.size()) + " jobs have no result");
                return;
            }
            Object item;
            try {
                for (Member w : workers) {
                    feed(hz, me, w);
                }
                item = answers.poll(200, TimeUnit.MILLISECONDS);
            } catch (HazelcastSerializationException e) {
                results.note("ignored a result that is not synmap's (it cannot be read as text)");
                continue;
            } catch (RuntimeException e) {
                // e.g. the last data member died while this call was under way
                if (!hz.getLifecycleService().isRunning() || workers(hz).isEmpty()) {
                    continue;
                }
                throw e;
            }
            if (item != null) {
                answer(item);
            }
        }
    }

    /** Hands a member jobs until it holds {@link #QUEUED_PER_SLOT} per job it runs at once. */
    private void feed(HazelcastInstance hz, Member me, Member w) {
        Set<String> held = assigned.computeIfAbsent(w.getUuid(), k -> new HashSet<>());
        int capacity = QUEUED_PER_SLOT * slots(w);
        IQueue<Object> queue = null;
        while (held.size() < capacity && !unassigned.isEmpty()) {
            String jobId = unassigned.poll();
            if (answered.contains(jobId)) {
                continue;
            }
            if (queue == null) {
                queue = hz.getQueue(Instances.jobQueue(w.getUuid()));
            }
            queue.offer(Envelopes.job(settings.secret(), id, me.getUuid().toString(), jobId,
                    byId.get(jobId).job()));
            held.add(jobId);
        }
    }

    private void answer(Object item) {
        Envelopes.Result r;
        try {
            JsonNode body = Envelopes.open(settings.secret(), item, Integer.MAX_VALUE);
            r = Envelopes.readResult(body);
        } catch (Envelopes.NotSynmap e) {
            results.note("ignored a result that is not synmap's (" + e.getMessage() + ")");
            return;
        } catch (SecurityException e) {
            results.note("ignored a result whose signature does not match the cluster secret");
            return;
        }
        if (!r.submission().equals(id) || !byId.containsKey(r.id()) || !answered.add(r.id())) {
            return; // another submission's, or a second answer to a job sent twice: the first counts
        }
        for (Set<String> held : assigned.values()) {
            held.remove(r.id());
        }
        if (r.error() != null) {
            results.failed(r.id(), r.error());
        } else {
            results.completed(r.id(), r.result());
        }
    }

    /** A member left: its unanswered jobs go to the others, first, and its queue is dropped. */
    private void lost(HazelcastInstance hz, Member m) {
        try {
            hz.getQueue(Instances.jobQueue(m.getUuid())).destroy();
        } catch (RuntimeException e) {
            // no data member is left to hold it anyway
        }
        Set<String> held = assigned.remove(m.getUuid());
        List<String> again = new ArrayList<>();
        if (held != null) {
            for (String j : held) {
                if (!answered.contains(j)) {
                    again.add(j);
                }
            }
        }
        again.sort(null);
        for (int i = again.size() - 1; i >= 0; i--) {
            unassigned.addFirst(again.get(i));
        }
        results.note("left: " + Instances.describe(m) + (again.isEmpty() ? "" : "; its " + again.size()
                + " unfinished job" + (again.size() == 1 ? "" : "s") + " go to the other members"));
    }

    /** Queued jobs or results may be lost with a partition: every unanswered job is sent again. */
    private void resendAll() {
        resendPending.set(false);
        int n = 0;
        for (Set<String> held : assigned.values()) {
            for (String j : held) {
                if (!answered.contains(j) && !unassigned.contains(j)) {
                    unassigned.addFirst(j);
                    n++;
                }
            }
            held.clear();
        }
        if (n > 0) {
            results.note("a partition of the cluster's data was lost with a member; " + n + " unfinished job"
                    + (n == 1 ? " is" : "s are") + " sent again");
        }
    }

    /** The members that run jobs: synmap members, not submitters. */
    static List<Member> workers(HazelcastInstance hz) {
        List<Member> out = new ArrayList<>();
        for (Member m : hz.getCluster().getMembers()) {
            if (!m.isLiteMember() && HazelcastConfigs.ROLE_MEMBER.equals(m.getAttribute(HazelcastConfigs.ROLE))) {
                out.add(m);
            }
        }
        return out;
    }

    private static int slots(Member m) {
        try {
            return Math.max(1, Integer.parseInt(m.getAttribute(HazelcastConfigs.SLOTS)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String describe(List<Member> workers) {
        List<String> s = new ArrayList<>();
        for (Member w : workers) {
            s.add(w.getAddress() + " (" + slots(w) + " at a time)");
        }
        return String.join(", ", s);
    }
}
