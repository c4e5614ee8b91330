package org.synmap.itest.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full distribution's {@code batch} and {@code member} as users run them, with
 * {@code java -jar}: a batch stopped by a signal leaves no staging folder and resumes to the same
 * bytes as an uninterrupted run; a batch on two member processes (Hazelcast inside the framework)
 * gives the same bytes as a local one, and so does a batch on three when one is killed midway.
 */
class BatchJarTest {
    private static final Path ROOT = Path.of(System.getProperty("synmap.root", "../.."));
    private static final Path SYNMAP = ROOT.resolve("distributions/synmap/target/synmap.jar");
    private static final String[] SMALL_MODEL = {"--data", "synthetic-barrel-cortex", "--data-param", "scale=0.05",
        "--samples", "4"};

    @TempDir
    Path tmp;

    private static Process start(Path stdout, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", SYNMAP.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    private static int finish(Process p, Path stderr) throws Exception {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out; stderr: " + Files.readString(stderr));
        }
        return p.exitValue();
    }

    private String[] batch(Path manifest, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", manifest.toString(), "--out", out.toString()));
        a.addAll(List.of(SMALL_MODEL));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    private Path manifest(int jobs) throws IOException {
        StringBuilder b = new StringBuilder("morphology,cell_type,seed\n");
        for (int i = 1; i <= jobs; i++) {
            b.append("builtin:l5tt-c2,L5tt,").append(i).append('\n');
        }
        return Files.writeString(tmp.resolve("jobs.csv"), b);
    }

    private static void waitFor(Path file, String text, Process p) throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        while (!(Files.exists(file) && Files.readString(file).contains(text))) {
            assertTrue(p.isAlive(), "ended before '" + text + "' appeared in " + file);
            assertTrue(System.currentTimeMillis() < deadline, "no '" + text + "' in " + file);
            Thread.sleep(100);
        }
    }

    @Test
    void aStoppedBatchLeavesNoStagingAndResumesToTheSameBytes() throws Exception {
        Path jobs = manifest(6);
        Path out = tmp.resolve("stopped");
        Path err = tmp.resolve("stopped.err");
        Process p = start(tmp.resolve("stopped.out"), err, batch(jobs, out, "--threads", "1"));
        waitFor(out.resolve("batch.csv"), ",done,", p);
        p.destroy(); // SIGTERM: the same shutdown as Ctrl-C's SIGINT
        assertEquals(143, finish(p, err), Files.readString(err));
        String said = Files.readString(err);
        assertTrue(said.contains("batch stopped: ") && said.contains("no staging folders are left"), said);
        assertEquals(List.of(), staging(out));
        assertTrue(Files.readString(out.resolve("batch.csv")).contains(",pending,"));

        Process again = start(tmp.resolve("again.out"), tmp.resolve("again.err"), batch(jobs, out, "--threads", "2"));
        assertEquals(0, finish(again, tmp.resolve("again.err")), Files.readString(tmp.resolve("again.err")));
        assertTrue(Files.readString(tmp.resolve("again.out")).contains(" reused from an earlier run"));

        Path whole = tmp.resolve("whole");
        Process once = start(tmp.resolve("once.out"), tmp.resolve("once.err"), batch(jobs, whole, "--threads", "1"));
        assertEquals(0, finish(once, tmp.resolve("once.err")), Files.readString(tmp.resolve("once.err")));
        assertSameTree(whole, out);
    }

    /** Member processes of one cluster on loopback, started and listening. */
    private final class Members implements AutoCloseable {
        final Path secret;
        final int[] ports;
        final String list;
        final List<Process> processes = new ArrayList<>();

        Members(int n) throws Exception {
            secret = Files.writeString(tmp.resolve("secret"), "a cluster secret for this test only\n");
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            ports = new int[n];
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ports[i] = freePort();
                addresses.add("127.0.0.1:" + ports[i]);
            }
            list = String.join(",", addresses);
            for (int port : ports) {
                processes.add(start(tmp.resolve("member" + port + ".out"), log(port), "member", "--cluster-name",
                        "itest", "--port", Integer.toString(port), "--members", list, "--secret-file",
                        secret.toString(), "--threads", "1"));
            }
            for (int i = 0; i < n; i++) {
                waitFor(log(ports[i]), "listening on", processes.get(i));
            }
        }

        Path log(int port) {
            return tmp.resolve("member" + port + ".err");
        }

        String logs() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int port : ports) {
                b.append(Files.readString(log(port)));
            }
            return b.toString();
        }

        String[] submit(Path manifest, Path out) {
            return batch(manifest, out, "--cluster-name", "itest", "--members", list, "--secret-file",
                    secret.toString());
        }

        @Override
        public void close() throws InterruptedException {
            for (Process m : processes) {
                m.destroy();
                if (!m.waitFor(60, TimeUnit.SECONDS)) {
                    m.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aBatchOnTwoMemberProcessesGivesTheSameBytesAsALocalOne() throws Exception {
        try (Members members = new Members(2)) {
            Path jobs = manifest(4);
            Path local = tmp.resolve("local");
            Process l = start(tmp.resolve("local.out"), tmp.resolve("local.err"), batch(jobs, local));
            assertEquals(0, finish(l, tmp.resolve("local.err")), Files.readString(tmp.resolve("local.err")));
            Path remote = tmp.resolve("remote");
            Process r = start(tmp.resolve("remote.out"), tmp.resolve("remote.err"), members.submit(jobs, remote));
            assertEquals(0, finish(r, tmp.resolve("remote.err")), Files.readString(tmp.resolve("remote.err"))
                    + members.logs());
            assertTrue(Files.readString(tmp.resolve("remote.out")).contains("on the hazelcast executor"));
            assertSameTree(local, remote);
            String memberLog = members.logs();
            assertTrue(memberLog.contains("joined: ") && memberLog.contains("(synmap submitter, lite"), memberLog);
            assertTrue(memberLog.contains(": done in "), memberLog);
        }
    }

    /**
     * The fault test in the real runtime: three member processes, one killed with SIGKILL
     * (no goodbye to the cluster) once the first result is in. Its unfinished jobs move to the
     * others and the batch ends complete, with the same bytes as a local batch.
     */
    @Test
    void aMemberProcessKilledMidBatchLeavesTheSameBytesAsALocalBatch() throws Exception {
        Path jobs = slowJobs(24);
        try (Members members = new Members(3)) {
            Path remote = tmp.resolve("remote");
            Path err = tmp.resolve("remote.err");
            Process r = start(tmp.resolve("remote.out"), err, members.submit(jobs, remote));
            waitFor(remote.resolve("batch.csv"), ",done,", r);
            Process victim = members.processes.get(1);
            victim.destroyForcibly(); // SIGKILL
            victim.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, finish(r, err), Files.readString(err) + members.logs());
            String said = Files.readString(err);
            assertTrue(said.contains("left: ") && said.contains("unfinished job"), said);
            assertTrue(Files.readString(tmp.resolve("remote.out")).startsWith("batch: 24 jobs: 24 done"),
                    Files.readString(tmp.resolve("remote.out")));
            assertEquals(List.of(), staging(remote));

            Path local = tmp.resolve("local");
            Process l = start(tmp.resolve("local.out"), tmp.resolve("local.err"), batch(jobs, local));
            assertEquals(0, finish(l, tmp.resolve("local.err")), Files.readString(tmp.resolve("local.err")));
            assertSameTree(local, remote);
        }
    }

    /**
     * Every member dies (SIGKILL) after the first result: the submitter lists the jobs left and
     * exits with 1, the index keeps them pending and no staging folder is left; with new members,
     * the same command resumes and the outputs are a local batch's bytes.
     */
    @Test
    void whenEveryMemberDiesTheJobsLeftAreListedAndARerunResumes() throws Exception {
        Path jobs = slowJobs(16);
        Path remote = tmp.resolve("remote");
        Path err = tmp.resolve("remote.err");
        Path said = tmp.resolve("remote.out");
        try (Members members = new Members(2)) {
            Process r = start(said, err, members.submit(jobs, remote));
            waitFor(remote.resolve("batch.csv"), ",done,", r);
            for (Process m : members.processes) {
                m.destroyForcibly();
                m.waitFor(60, TimeUnit.SECONDS);
            }
            assertEquals(1, finish(r, err), Files.readString(err));
        }
        String out = Files.readString(said);
        assertTrue(out.contains("left: line ") && !out.contains(" 0 left"), out);
        assertTrue(Files.readString(err).contains("no member is left"), Files.readString(err));
        assertTrue(Files.readString(remote.resolve("batch.csv")).contains(",pending,"));
        assertEquals(List.of(), staging(remote));

        try (Members again = new Members(2)) {
            Process r = start(tmp.resolve("again.out"), tmp.resolve("again.err"), again.submit(jobs, remote));
            assertEquals(0, finish(r, tmp.resolve("again.err")), Files.readString(tmp.resolve("again.err")));
            String resumed = Files.readString(tmp.resolve("again.out"));
            assertTrue(resumed.startsWith("batch: 16 jobs: ") && !resumed.contains(" 0 reused"), resumed);
        }
        Path local = tmp.resolve("local");
        Process l = start(tmp.resolve("local.out"), tmp.resolve("local.err"), batch(jobs, local));
        assertEquals(0, finish(l, tmp.resolve("local.err")), Files.readString(tmp.resolve("local.err")));
        assertSameTree(local, remote);
    }

    /** Jobs of 200 samples each: they keep members busy for a few seconds after the first result. */
    private Path slowJobs(int n) throws IOException {
        StringBuilder rows = new StringBuilder("morphology,cell_type,seed,samples\n");
        for (int i = 1; i <= n; i++) {
            rows.append("builtin:l5tt-c2,L5tt,").append(i).append(",200\n");
        }
        return Files.writeString(tmp.resolve("slow.csv"), rows);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static List<Path> staging(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".synmap-staging")).toList();
        }
    }

    /** Every job folder's files, byte for byte (batch.csv holds timings). */
    private static void assertSameTree(Path a, Path b) throws IOException {
        List<Path> fa = files(a);
        List<Path> fb = files(b);
        assertEquals(fa, fb);
        assertTrue(fa.size() >= 20, "at least 4 jobs of 5 files each: " + fa);
        for (Path f : fa) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> !p.toString().equals("batch.csv")).sorted().toList());
        }
    }
}
