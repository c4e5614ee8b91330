package org.synmap.cluster.hazelcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.barrelcortex.BarrelCortexModel;
import org.synmap.density.synthetic.SyntheticBarrelCortex;
import org.synmap.density.synthetic.SyntheticMorphologies;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.Engine;
import org.synmap.lattice.amira.LandmarkWriter;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.morphology.hoc.HocWriter;
import org.synmap.output.isf.IsfWriter;

import com.hazelcast.collection.IQueue;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * A cluster of three members on loopback in this JVM, each a synmap engine with the real plugins
 * and a thinned synthetic model. A batch on the cluster gives the same files as a local batch,
 * also when a member is killed in the middle; and members refuse jobs that read outside their
 * folders, submitters without the secret, and payloads that are not synmap jobs, and go on
 * serving after each.
 */
class ClusterTest {
    private static final Map<String, String> SMALL = Map.of("scale", "0.05");
    private static final String NAME = "test";

    @TempDir
    static Path dir;
    private static Path secretFile;
    private static Path allowed;
    private static String members;
    private static final List<CompletableFuture<Void>> SERVING = new ArrayList<>();
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    private static Engine local;

    @BeforeAll
    static void startThreeMembers() throws Exception {
        secretFile = secret("secret", "correct horse battery staple, 2026");
        allowed = Files.createDirectories(dir.resolve("allowed"));
        int[] ports = {freePort(), freePort(), freePort()};
        members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2];
        for (int port : ports) {
            Engine engine = engine();
            Map<String, String> settings = Map.of("cluster-name", NAME, "members", members, "secret-file",
                    secretFile.toString(), "port", Integer.toString(port), "allow", allowed.toString(), "threads", "1");
            SERVING.add(CompletableFuture.runAsync(() -> engine.serve("hazelcast", settings, log("member " + port))));
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (memberInstances().size() < 3 || memberInstances().get(0).getCluster().getMembers().size() < 3) {
            assertTrue(System.currentTimeMillis() < deadline, "three members did not form a cluster: " + LOG);
            Thread.sleep(200);
        }
        local = engine();
        Path cell = allowed.resolve("cell.hoc");
        local.writeMorphology(local.readMorphology("builtin:l5tt-c2"), cell);
    }

    @AfterAll
    static void stop() {
        Hazelcast.shutdownAll();
        CompletableFuture.allOf(SERVING.toArray(new CompletableFuture<?>[0])).orTimeout(30, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }

    static Engine engine() {
        Engine e = new Engine();
        e.register(new HocReader());
        e.register(new HocWriter());
        e.register(new SyntheticMorphologies());
        e.register(new SyntheticBarrelCortex());
        e.register(new BarrelCortexModel());
        e.register(new IsfWriter(new LandmarkWriter()));
        e.register(new HazelcastExecutor());
        return e;
    }

    static Path secret(String name, String text) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static ProgressListener log(String who) {
        return ProgressListener.notesTo(message -> LOG.add(who + ": " + message));
    }

    static List<HazelcastInstance> memberInstances() {
        List<HazelcastInstance> out = new ArrayList<>();
        for (HazelcastInstance hz : Hazelcast.getAllHazelcastInstances()) {
            if (hz.getLifecycleService().isRunning() && hz.getConfig().getInstanceName().startsWith("synmap-member-")) {
                out.add(hz);
            }
        }
        return out;
    }

    static BatchJob batch(Path manifest, Path out, Path secret) {
        Map<String, String> cluster = secret == null ? Map.of() : Map.of("cluster-name", NAME, "members", members,
                "secret-file", secret.toString());
        return new BatchJob(manifest, out, "synthetic-barrel-cortex", SMALL, Map.of(), null, Map.of(), 3,
                List.of("isf"), false, false, 2, secret == null ? null : "hazelcast", cluster);
    }

    static Path manifest(String name, int jobs) throws IOException {
        StringBuilder b = new StringBuilder("morphology,cell_type,seed\n");
        for (int i = 1; i <= jobs; i++) {
            b.append(i % 3 == 0 ? "allowed/cell.hoc" : "builtin:l5tt-c2").append(",L5tt,").append(i).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    /** Every job folder's files, byte for byte (batch.csv holds timings). */
    static void assertSameTree(Path a, Path b) throws IOException {
        List<Path> fa = files(a);
        List<Path> fb = files(b);
        fa.remove(Path.of("batch.csv"));
        fb.remove(Path.of("batch.csv"));
        assertEquals(fa, fb);
        for (Path f : fa) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).map(root::relativize).sorted().toList());
        }
    }

    @Test
    void aMemberKilledMidBatchLeavesTheSameFilesAsALocalBatch() throws Exception {
        Path manifest = manifest("kill.csv", 12);
        BatchOutcome here = local.batch(batch(manifest, dir.resolve("local"), null), ProgressListener.NONE);
        assertEquals(12, here.done());

        Path out = dir.resolve("cluster");
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<BatchOutcome> running = CompletableFuture.supplyAsync(() -> engine().batch(batch(manifest,
                out, secretFile), ProgressListener.notesTo(notes::add)));
        // kill a member as soon as the first result is in: every member then holds jobs
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(out.resolve("batch.csv"))
                || !Files.readString(out.resolve("batch.csv")).contains(",done,")) {
            assertTrue(System.currentTimeMillis() < deadline, "no result within 2 minutes: " + notes + LOG);
            Thread.sleep(50);
        }
        HazelcastInstance victim = memberInstances().get(1);
        victim.getLifecycleService().terminate();
        BatchOutcome there = running.get(5, TimeUnit.MINUTES);
        assertEquals(12, there.done(), notes.toString());
        assertTrue(there.complete());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("left: ")), notes.toString());
        assertSameTree(dir.resolve("local"), out);
        assertEquals(List.of(), stagingUnder(out));
    }

    @Test
    void aJobOutsideTheMembersFoldersIsRefusedAndTheMemberGoesOn() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("cell.hoc");
        Files.copy(allowed.resolve("cell.hoc"), outside);
        // a symbolic link inside the allowed folder to a file outside it is outside too
        Path link = Files.createSymbolicLink(allowed.resolve("link.hoc"), outside);
        Path manifest = Files.writeString(dir.resolve("outside.csv"), "morphology,cell_type,seed\n"
                + "outside/cell.hoc,L5tt,1\nallowed/link.hoc,L5tt,1\nallowed/cell.hoc,L5tt,7\n");
        BatchOutcome o = engine().batch(batch(manifest, dir.resolve("refused"), secretFile), ProgressListener.NONE);
        assertEquals(1, o.done(), o.toString());
        assertEquals(2, o.failed().size());
        for (BatchOutcome.JobNote n : o.failed()) {
            assertTrue(n.reason().startsWith("refused: morphology /") && n.reason().contains(
                    "lies outside the folders this member may read"), n.reason());
        }
        assertTrue(LOG.stream().anyMatch(l -> l.contains("refused: morphology " + link)), LOG.toString());
        assertServing();
    }

    @Test
    void aSubmitterWithoutTheSecretCannotJoinAndMembersGoOn() throws Exception {
        Path wrong = secret("wrong", "not the secret of this cluster, no");
        Path manifest = manifest("wrong.csv", 1);
        SynmapException e = assertThrows(SynmapException.class, () -> engine().batch(batch(manifest,
                dir.resolve("wrong-out"), wrong), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("no member of cluster 'test' answered"), e.getMessage());
        for (HazelcastInstance hz : memberInstances()) {
            for (com.hazelcast.cluster.Member m : hz.getCluster().getMembers()) {
                assertTrue(m.isLiteMember() || "member".equals(m.getAttribute(HazelcastConfigs.ROLE)),
                        "a process without the secret joined: " + m);
            }
        }
        assertTrue(LOG.stream().anyMatch(l -> l.contains("refused a process that tried to join without the cluster's"
                + " secret")), LOG.toString());
        assertServing();
    }

    /** A process that got into the cluster (with the derived name) still cannot get anything run. */
    @Test
    void payloadsThatAreNotSynmapJobsAreRefusedAndTheMemberGoesOn() throws Exception {
        HazelcastInstance member = memberInstances().get(0);
        ClusterSettings s = new ClusterSettings(NAME, List.of(members.split(",")), Secret.read(secretFile),
                "127.0.0.1", 0, List.of(), 1);
        Config c = HazelcastConfigs.submitter(s);
        c.setInstanceName("intruder");
        HazelcastInstance intruder = Hazelcast.newHazelcastInstance(c);
        try {
            IQueue<Object> queue = intruder.getQueue(Instances.jobQueue(member.getCluster().getLocalMember()
                    .getUuid()));
            int before = refusals();
            queue.offer(42);
            queue.offer("rm -rf /");
            queue.offer("{\"body\":\"{}\",\"mac\":\"00\"}");
            EmbedJob job = new EmbedJob("synthetic-barrel-cortex", SMALL, "builtin:l5tt-c2", Map.of(), "L5tt", null,
                    Map.of(), 3, 1, 1, null, false, List.of("isf"), false, true, "seed1");
            queue.offer(Envelopes.job(Secret.of("another secret of 16+ bytes".getBytes()), "s", intruder.getCluster()
                    .getLocalMember().getUuid().toString(), "1", job));
            queue.offer(new Gadget());
            long deadline = System.currentTimeMillis() + 30_000;
            while (refusals() < before + 5) {
                assertTrue(System.currentTimeMillis() < deadline, "not every payload was refused: " + LOG);
                Thread.sleep(100);
            }
            assertFalse(Gadget.deserialized, "Java deserialization ran on a member");
            assertTrue(LOG.stream().anyMatch(l -> l.contains("refused a job whose signature does not match")), LOG
                    .toString());
            assertTrue(LOG.stream().anyMatch(l -> l.contains("refused a payload that is not a synmap job (a"
                    + " java.lang.Integer payload)")), LOG.toString());
        } finally {
            intruder.shutdown();
        }
        assertServing();
    }

    /** Members open no client endpoint: a Hazelcast client, even with the right cluster name, gets no connection. */
    @Test
    void hazelcastClientsCannotConnect() throws Exception {
        com.hazelcast.client.config.ClientConfig c = new com.hazelcast.client.config.ClientConfig();
        c.setClusterName(Secret.read(secretFile).clusterName(NAME));
        c.getNetworkConfig().setAddresses(List.of(members.split(",")));
        c.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(3000);
        assertThrows(IllegalStateException.class, () -> com.hazelcast.client.HazelcastClient.newHazelcastClient(c)
                .shutdown());
        assertServing();
    }

    private static int refusals() {
        synchronized (LOG) {
            return (int) LOG.stream().filter(l -> l.contains(": refused a")).count();
        }
    }

    /** The cluster still runs a good job. */
    private static void assertServing() throws IOException {
        Path manifest = Files.writeString(dir.resolve("good" + System.nanoTime() + ".csv"),
                "morphology,cell_type,seed\nbuiltin:l5tt-c2,L5tt,99\n");
        BatchOutcome o = engine().batch(batch(manifest, dir.resolve("good" + System.nanoTime()), secretFile),
                ProgressListener.NONE);
        assertEquals(1, o.done(), o.toString() + LOG);
    }

    static List<Path> stagingUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".synmap-staging")).toList();
        }
    }

    /** A Java-serializable class whose deserialization would be visible. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static volatile boolean deserialized;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            deserialized = true;
            in.defaultReadObject();
        }
    }
}
