package org.synmap.cluster.hazelcast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.JobResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What crosses the wire, as synmap's own JSON text (never Java-serialized objects): a job or a
 * result inside an envelope {@code {"body": "<JSON text>", "mac": "<HMAC-SHA256 of body>"}}.
 * Reading is strict: an envelope or body with a missing, unknown or mistyped field is not a
 * synmap message ({@link NotSynmap}). Output files travel deflated and base64-encoded.
 */
final class Envelopes {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sizes beyond which a message is refused before it is parsed (a job is a few hundred bytes). */
    static final int MAX_JOB_CHARS = 1 << 20;

    /** A message that is not a well-formed synmap envelope, job or result. */
    static final class NotSynmap extends Exception {
        private static final long serialVersionUID = 1L;

        NotSynmap(String message) {
            super(message);
        }
    }

    /** A job as its submitter sent it. */
    record Job(String submission, String submitter, String id, EmbedJob job) {
    }

    /**
     * A result as a worker sent it: its files, or why the job failed.
     *
     * @param error null for a completed job
     */
    record Result(String submission, String id, String member, JobResult result, String error) {
    }

    private Envelopes() {
    }

    // ------------------------------------------------------------------ envelopes

    static String seal(Secret secret, ObjectNode body) {
        String text = body.toString();
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("body", text);
        envelope.put("mac", secret.sign(text));
        return envelope.toString();
    }

    /**
     * The body of a signed envelope.
     *
     * @throws NotSynmap        when the text is not an envelope
     * @throws SecurityException when the signature does not hold
     */
    static JsonNode open(Secret secret, Object payload, int maxChars) throws NotSynmap {
        if (!(payload instanceof String text)) {
            throw new NotSynmap("a " + (payload == null ? "null" : payload.getClass().getName()) + " payload");
        }
        if (text.length() > maxChars) {
            throw new NotSynmap("a text of " + text.length() + " characters");
        }
        JsonNode envelope = parse(text, "envelope");
        fields(envelope, "envelope", Set.of("body", "mac"));
        String body = string(envelope, "body");
        String mac = string(envelope, "mac");
        if (!secret.verify(body, mac)) {
            throw new SecurityException("its signature does not match the cluster secret");
        }
        return parse(body, "body");
    }

    // ------------------------------------------------------------------ jobs

    static String job(Secret secret, String submission, String submitter, String id, EmbedJob job) {
        ObjectNode body = JSON.createObjectNode();
        body.put("synmap", "job");
        body.put("version", VERSION);
        body.put("submission", submission);
        body.put("submitter", submitter);
        body.put("id", id);
        body.set("job", embedJob(job));
        return seal(secret, body);
    }

    static Job readJob(JsonNode body) throws NotSynmap {
        fields(body, "job", Set.of("synmap", "version", "submission", "submitter", "id", "job"));
        kind(body, "job");
        return new Job(string(body, "submission"), string(body, "submitter"), string(body, "id"),
                embedJob(body.get("job")));
    }

    /** The fields of an embedding job, in the order of {@link EmbedJob}'s components; {@code out} stays home. */
    static final List<String> JOB_FIELDS = List.of("data", "dataParameters", "morphology", "readerParameters",
            "cellType", "model", "modelParameters", "samples", "seed", "threads", "allRealizations", "formats",
            "landmarks", "overwrite", "runId");

    static ObjectNode embedJob(EmbedJob job) {
        ObjectNode n = JSON.createObjectNode();
        n.put("data", job.data());
        n.set("dataParameters", map(job.dataParameters()));
        n.put("morphology", job.morphology());
        n.set("readerParameters", map(job.readerParameters()));
        n.put("cellType", job.cellType());
        n.put("model", job.model());
        n.set("modelParameters", map(job.modelParameters()));
        n.put("samples", job.samples());
        n.put("seed", job.seed());
        n.put("threads", job.threads());
        n.put("allRealizations", job.allRealizations());
        ArrayNode formats = n.putArray("formats");
        job.formats().forEach(formats::add);
        n.put("landmarks", job.landmarks());
        n.put("overwrite", job.overwrite());
        n.put("runId", job.runId());
        return n;
    }

    static EmbedJob embedJob(JsonNode n) throws NotSynmap {
        fields(n, "job", Set.copyOf(JOB_FIELDS));
        List<String> formats = new ArrayList<>();
        JsonNode f = n.get("formats");
        if (!f.isArray()) {
            throw new NotSynmap("job field 'formats' is not a list");
        }
        for (JsonNode e : f) {
            if (!e.isTextual()) {
                throw new NotSynmap("job field 'formats' holds a " + e.getNodeType());
            }
            formats.add(e.asText());
        }
        try {
            return new EmbedJob(nullableString(n, "data"), stringMap(n, "dataParameters"), string(n, "morphology"),
                    stringMap(n, "readerParameters"), string(n, "cellType"), nullableString(n, "model"),
                    stringMap(n, "modelParameters"), integer(n, "samples"), longInteger(n, "seed"),
                    integer(n, "threads"), null, bool(n, "allRealizations"), formats, bool(n, "landmarks"),
                    bool(n, "overwrite"), nullableString(n, "runId"));
        } catch (RuntimeException e) {
            throw new NotSynmap("an invalid job: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ results

    static String result(Secret secret, String submission, String id, String member, JobResult r) {
        ObjectNode body = resultBody(submission, id, member);
        body.put("worker", r.worker());
        body.put("seconds", r.seconds());
        body.put("synapses", r.synapses());
        body.put("connectedCells", r.connectedCells());
        ArrayNode files = body.putArray("files");
        for (JobResult.OutputFile f : r.files()) {
            ObjectNode e = files.addObject();
            e.put("name", f.name());
            e.put("deflated", Base64.getEncoder().encodeToString(deflate(f.content())));
        }
        return seal(secret, body);
    }

    static String failure(Secret secret, String submission, String id, String member, String error) {
        ObjectNode body = resultBody(submission, id, member);
        body.put("error", error);
        return seal(secret, body);
    }

    private static ObjectNode resultBody(String submission, String id, String member) {
        ObjectNode body = JSON.createObjectNode();
        body.put("synmap", "result");
        body.put("version", VERSION);
        body.put("submission", submission);
        body.put("id", id);
        body.put("member", member);
        return body;
    }

    static Result readResult(JsonNode body) throws NotSynmap {
        if (body.has("error")) {
            fields(body, "result", Set.of("synmap", "version", "submission", "id", "member", "error"));
            kind(body, "result");
            return new Result(string(body, "submission"), string(body, "id"), string(body, "member"), null,
                    string(body, "error"));
        }
        fields(body, "result", Set.of("synmap", "version", "submission", "id", "member", "worker", "seconds",
                "synapses", "connectedCells", "files"));
        kind(body, "result");
        List<JobResult.OutputFile> files = new ArrayList<>();
        JsonNode list = body.get("files");
        if (!list.isArray()) {
            throw new NotSynmap("result field 'files' is not a list");
        }
        for (JsonNode e : list) {
            fields(e, "file", Set.of("name", "deflated"));
            byte[] data;
            try {
                data = inflate(Base64.getDecoder().decode(string(e, "deflated")));
            } catch (IllegalArgumentException | DataFormatException x) {
                throw new NotSynmap("file '" + e.path("name").asText() + "' is not deflated base64");
            }
            files.add(new JobResult.OutputFile(string(e, "name"), data));
        }
        JsonNode seconds = body.get("seconds");
        if (!seconds.isNumber()) {
            throw new NotSynmap("result field 'seconds' is not a number");
        }
        return new Result(string(body, "submission"), string(body, "id"), string(body, "member"), new JobResult(files,
                longInteger(body, "synapses"), longInteger(body, "connectedCells"), seconds.asDouble(),
                string(body, "worker")), null);
    }

    // ------------------------------------------------------------------ strict reading

    private static JsonNode parse(String text, String what) throws NotSynmap {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                throw new NotSynmap("a " + what + " that is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new NotSynmap("a " + what + " that is not JSON");
        }
    }

    private static void kind(JsonNode body, String kind) throws NotSynmap {
        if (!kind.equals(body.path("synmap").asText()) || body.path("version").asInt(-1) != VERSION) {
            throw new NotSynmap("not a synmap " + kind + " of version " + VERSION);
        }
    }

    /** Exactly these fields. */
    private static void fields(JsonNode n, String what, Set<String> expected) throws NotSynmap {
        if (n == null || !n.isObject()) {
            throw new NotSynmap("a " + what + " that is not a JSON object");
        }
        Set<String> present = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            present.add(it.next());
        }
        if (!present.equals(new TreeSet<>(expected))) {
            throw new NotSynmap("a " + what + " with the fields " + present + " (expected " + new TreeSet<>(expected)
                    + ")");
        }
    }

    private static String string(JsonNode n, String field) throws NotSynmap {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new NotSynmap("field '" + field + "' is not text");
        }
        return v.asText();
    }

    private static String nullableString(JsonNode n, String field) throws NotSynmap {
        return n.get(field).isNull() ? null : string(n, field);
    }

    private static int integer(JsonNode n, String field) throws NotSynmap {
        JsonNode v = n.get(field);
        if (!v.isInt()) {
            throw new NotSynmap("field '" + field + "' is not a whole number");
        }
        return v.asInt();
    }

    private static long longInteger(JsonNode n, String field) throws NotSynmap {
        JsonNode v = n.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new NotSynmap("field '" + field + "' is not a whole number");
        }
        return v.asLong();
    }

    private static boolean bool(JsonNode n, String field) throws NotSynmap {
        JsonNode v = n.get(field);
        if (!v.isBoolean()) {
            throw new NotSynmap("field '" + field + "' is not true or false");
        }
        return v.asBoolean();
    }

    private static ObjectNode map(Map<String, String> m) {
        ObjectNode n = JSON.createObjectNode();
        new java.util.TreeMap<>(m).forEach(n::put);
        return n;
    }

    private static Map<String, String> stringMap(JsonNode n, String field) throws NotSynmap {
        JsonNode v = n.get(field);
        if (!v.isObject()) {
            throw new NotSynmap("field '" + field + "' is not an object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new NotSynmap("field '" + field + "." + e.getKey() + "' is not text");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Files of a job are at most a few hundred MB; a bomb beyond that is refused. */
    private static final long MAX_INFLATED = 1L << 31;

    static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater i = new Inflater();
        try {
            i.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
            byte[] buf = new byte[1 << 16];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && (i.needsInput() || i.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new DataFormatException("too large");
                }
            }
            return out.toByteArray();
        } finally {
            i.end();
        }
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
