package org.synmap.cluster.hazelcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.JobResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Jobs and results survive the wire exactly; anything else is not a synmap message. */
class EnvelopesTest {
    private static final Secret SECRET = Secret.of("sixteen bytes at least".getBytes(StandardCharsets.UTF_8));
    private static final EmbedJob JOB = new EmbedJob("/data/bc", Map.of("cache", "true", "z", "1"), "/m/cell.hoc",
            Map.of("rules", "neuron"), "L5tt", "barrel-cortex", Map.of("sampler", "fast"), 20, -7, 1, Path.of("/x"),
            true, List.of("isf", "sonata"), true, true, "seed-7");

    @Test
    void aJobRoundTripsWithEveryFieldButItsFolder() throws Exception {
        String wire = Envelopes.job(SECRET, "sub", "uuid", "3", JOB);
        Envelopes.Job j = Envelopes.readJob(Envelopes.open(SECRET, wire, Envelopes.MAX_JOB_CHARS));
        assertEquals("sub", j.submission());
        assertEquals("uuid", j.submitter());
        assertEquals("3", j.id());
        assertEquals(JOB.withPlace(null, JOB.threads()), j.job());
    }

    @Test
    void theCodecKnowsEveryComponentOfEmbedJob() {
        List<String> components = Arrays.stream(EmbedJob.class.getRecordComponents()).map(c -> c.getName())
                .filter(n -> !n.equals("out")).toList();
        assertEquals(components, Envelopes.JOB_FIELDS, "EmbedJob changed: teach Envelopes its new field");
    }

    @Test
    void aResultRoundTripsByteForByte() throws Exception {
        byte[] syn = new byte[100_000];
        for (int i = 0; i < syn.length; i++) {
            syn[i] = (byte) (i * 31 % 251);
        }
        JobResult r = new JobResult(List.of(new JobResult.OutputFile("a.syn", syn), new JobResult.OutputFile(
                "run.json", "{}".getBytes(StandardCharsets.UTF_8))), 23_000, 20_000, 1.25, "node7");
        Envelopes.Result back = Envelopes.readResult(Envelopes.open(SECRET, Envelopes.result(SECRET, "s", "1", "m", r),
                Integer.MAX_VALUE));
        assertEquals("1", back.id());
        assertEquals(2, back.result().files().size());
        assertArrayEquals(syn, back.result().files().get(0).content());
        assertEquals("run.json", back.result().files().get(1).name());
        assertEquals(23_000, back.result().synapses());
        assertEquals(1.25, back.result().seconds());
        Envelopes.Result failed = Envelopes.readResult(Envelopes.open(SECRET, Envelopes.failure(SECRET, "s", "2", "m",
                "refused: x"), Integer.MAX_VALUE));
        assertEquals("refused: x", failed.error());
    }

    @Test
    void aWrongSignatureIsRefused() {
        String wire = Envelopes.job(Secret.of("another secret, long enough".getBytes(StandardCharsets.UTF_8)), "s",
                "u", "1", JOB);
        assertThrows(SecurityException.class, () -> Envelopes.open(SECRET, wire, Envelopes.MAX_JOB_CHARS));
        // a body changed after signing
        String tampered = Envelopes.job(SECRET, "s", "u", "1", JOB).replace("cell.hoc", "evil.hoc");
        assertThrows(SecurityException.class, () -> Envelopes.open(SECRET, tampered, Envelopes.MAX_JOB_CHARS));
    }

    @Test
    void whatIsNotASynmapMessageIsSaidSo() throws Exception {
        for (Object payload : new Object[] {42, null, "", "not json", "[1]", "{\"body\":\"x\"}",
            "{\"body\":\"x\",\"mac\":\"1\",\"more\":1}", "x".repeat(Envelopes.MAX_JOB_CHARS + 1)}) {
            assertThrows(Envelopes.NotSynmap.class, () -> Envelopes.open(SECRET, payload, Envelopes.MAX_JOB_CHARS),
                    String.valueOf(payload));
        }
        // a signed body that is not a job: unknown field, missing field, wrong type, wrong kind
        ObjectMapper json = new ObjectMapper();
        String good = Envelopes.job(SECRET, "s", "u", "1", JOB);
        JsonNode body = Envelopes.open(SECRET, good, Envelopes.MAX_JOB_CHARS);
        List<java.util.function.Consumer<ObjectNode>> breakages = List.of(
            b -> b.put("extra", 1),
            b -> b.remove("id"),
            b -> ((ObjectNode) b.get("job")).put("samples", "20"),
            b -> ((ObjectNode) b.get("job")).put("samples", 0),
            b -> ((ObjectNode) b.get("job")).put("class", "java.lang.Runtime"),
            b -> b.put("synmap", "result"));
        for (var breakage : breakages) {
            ObjectNode broken = body.deepCopy();
            breakage.accept(broken);
            String wire = Envelopes.seal(SECRET, broken);
            Envelopes.NotSynmap e = assertThrows(Envelopes.NotSynmap.class, () -> Envelopes.readJob(
                    Envelopes.open(SECRET, wire, Envelopes.MAX_JOB_CHARS)), broken.toString());
            assertTrue(!e.getMessage().isBlank());
        }
        assertEquals(body, json.readTree(body.toString()));
    }
}
