package org.synmap.cluster.hazelcast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzzing of what crosses the network. Members and submitters read every payload
 * of their queues with {@link Envelopes}: whatever arrives, it is an envelope, job or result, or
 * it is refused as not synmap's ({@link Envelopes.NotSynmap}) or as wrongly signed
 * ({@link SecurityException}). Any other exception would reach the member's loop and is a finding.
 */
class EnvelopesFuzzTest {
    private static final Secret SECRET = Secret.of("the fuzzing cluster's secret".getBytes(StandardCharsets.UTF_8));

    /** What anyone on the network could put in a queue: the envelope itself, unsigned or not. */
    @FuzzTest(maxDuration = "10m")
    void openedOrRefused(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            JsonNode body = Envelopes.open(SECRET, text, Envelopes.MAX_JOB_CHARS);
            assertTrue(body.isObject());
        } catch (Envelopes.NotSynmap | SecurityException e) {
            // refused, as the member logs it
        }
    }

    /**
     * What a holder of the secret could send: any body, correctly signed, read as a job and as a
     * result. A body that is no job or result is refused; one that is must hold valid values.
     */
    @FuzzTest(maxDuration = "10m")
    void signedBodiesReadOrRefused(byte[] bytes) throws Exception {
        String body = new String(bytes, StandardCharsets.UTF_8);
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("body", body);
        envelope.put("mac", SECRET.sign(body));
        JsonNode opened;
        try {
            opened = Envelopes.open(SECRET, envelope.toString(), Integer.MAX_VALUE);
        } catch (Envelopes.NotSynmap e) {
            return;
        }
        try {
            Envelopes.Job job = Envelopes.readJob(opened);
            assertTrue(job.job().samples() >= 1, "a job is a valid EmbedJob");
        } catch (Envelopes.NotSynmap e) {
            // not a job
        }
        try {
            Envelopes.Result r = Envelopes.readResult(opened);
            assertTrue((r.error() == null) != (r.result() == null), "a result has files or an error");
        } catch (Envelopes.NotSynmap e) {
            // not a result
        }
    }
}
