package org.synmap.itest.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.test.support.Chromium;

/**
 * Runs the exported executable jars as a user does, with {@code java -jar}, and checks what they
 * write: the minimal distribution embeds with the rules model, and lacks what it must lack.
 */
class DistributionJarsTest {
    private static final Path ROOT = Path.of(System.getProperty("synmap.root", "../.."));
    private static final Path MINIMAL = ROOT.resolve("distributions/synmap-minimal/target/synmap-minimal.jar");
    private static final Path FULL = ROOT.resolve("distributions/synmap/target/synmap.jar");
    private static final Path RULES = ROOT.resolve("bundles/org.synmap.connectome.rules/examples/pyramid-rules.json");

    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[][] streams = new byte[2][];
        Thread err = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
        err.start();
        streams[0] = readAll(p.getInputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        err.join();
        return new Run(p.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path hoc() throws IOException {
        Path hoc = tmp.resolve("two-dendrites.hoc");
        try (InputStream in = getClass().getResourceAsStream("/two-dendrites.hoc")) {
            Files.copy(in, hoc);
        }
        return hoc;
    }

    /**
     * The demo writes report.html and names it; Chromium runs the report's scripts without an
     * error, draws the 3D view (WebGL) and the charts, and states the .syn file's synapse count.
     * The screenshot is kept as target/report-demo.png.
     */
    @Test
    void demoWritesAReportThatChromiumRenders() throws Exception {
        Chromium.assumeAvailable();
        Path out = tmp.resolve("demo");
        Run r = run(FULL, "demo", "--samples", "10", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Path report = out.resolve("report.html");
        assertTrue(r.out().contains("report: " + report), r.out());
        Path syn;
        try (Stream<Path> s = Files.list(out)) {
            syn = s.filter(p -> p.toString().endsWith(".syn")).findFirst().orElseThrow();
        }
        long synapses = Files.readAllLines(syn).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        String dom = Chromium.dumpDom(report, 15_000, tmp);
        java.util.regex.Matcher body = java.util.regex.Pattern.compile("<body([^>]*)>").matcher(dom);
        assertTrue(body.find(), "no body in the DOM");
        assertTrue(body.group(1).contains("data-status=\"ok\""), "the page reported: " + body.group(1));
        assertTrue(body.group(1).contains("data-webgl=\"yes\""), body.group(1));
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("id=\"total-synapses\">([^<]*)<").matcher(dom);
        assertTrue(total.find());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", synapses), total.group(1));
        Chromium.screenshot(report, Path.of("target", "report-demo.png"), 1500, 1700, tmp);
    }

    @Test
    void minimalDistributionEmbedsWithTheRulesModel() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run(MINIMAL, "embed", hoc().toString(), "--model", "rules", "--data", RULES.toString(),
                "--cell-type", "Pyramid", "--samples", "5", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.contains("run.json"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".syn")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".con")), names.toString());
        String syn = Files.readString(out.resolve(names.stream().filter(n -> n.endsWith(".syn")).findFirst().get()));
        assertTrue(syn.contains("\nBasal\t"), "the type column holds the population name");
        assertTrue(syn.contains("\nTuft\t"), "the type column holds the population name");
        String ncc = Files.readString(out.resolve("NumberOfConnectedCells.csv"));
        assertEquals(3, ncc.lines().count(), "one header and one row per population, no barrel-cortex padding:\n" + ncc);
    }

    @Test
    void minimalDistributionHasOnlyItsPlugins() throws Exception {
        Run r = run(MINIMAL, "plugins");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("rules"), r.out());
        assertTrue(r.out().contains("hoc"), r.out());
        assertFalse(r.out().contains("barrel-cortex"), r.out());
        assertFalse(r.out().contains("synthetic-barrel-cortex"), r.out());
        assertFalse(r.out().contains("swc"), r.out());
    }
}
