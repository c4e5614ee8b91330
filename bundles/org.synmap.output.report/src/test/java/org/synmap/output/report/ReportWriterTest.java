package org.synmap.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.test.support.Chromium;
import org.synmap.test.support.SmallEmbedding;

class ReportWriterTest {
    @TempDir
    Path dir;

    private Path write() throws IOException {
        return new ReportWriter().write(SmallEmbedding.result(), dir).get(0);
    }

    /** Nothing is loaded from elsewhere: no script, style or image source, no link. */
    @Test
    void theReportIsOneFileWithEverythingInlined() throws IOException {
        Path report = write();
        assertEquals(dir.resolve("report.html"), report);
        String html = Files.readString(report);
        // the markup, without the inlined scripts' code (which holds such strings for its own use)
        String markup = html.replaceAll("(?s)(<script[^>]*>).*?</script>", "$1</script>");
        assertTrue(markup.length() < 20_000, "the markup outside scripts is small: " + markup.length());
        assertFalse(Pattern.compile("<(script|img|iframe)[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(markup).find());
        assertFalse(Pattern.compile("<link\\s", Pattern.CASE_INSENSITIVE).matcher(markup).find());
        assertFalse(html.contains("@DATA@") || html.contains("@ECHARTS@") || html.contains("@THREE@"));
        assertTrue(html.contains("THREE.OrbitControls = OrbitControls;"));
        assertTrue(Files.size(report) < 20_000_000);
    }

    @Test
    void orbitControlsBecomeAClassicScript() {
        String module = "import {\n\tA,\n\tB\n} from 'three';\nclass OrbitControls {}\nexport { OrbitControls };\n";
        String script = ReportWriter.classicScript(module);
        assertEquals("(function () {\nconst {\n\tA,\n\tB\n} = THREE;\n\nclass OrbitControls {}\n"
                + "THREE.OrbitControls = OrbitControls;\n\n})();", script);
    }

    /** Chromium runs every script without an error, draws the 3D view and charts, and states the .syn's count. */
    @Test
    void chromiumRendersItWithoutAScriptError() throws IOException {
        Chromium.assumeAvailable();
        Path report = write();
        String dom = Chromium.dumpDom(report, 10_000, dir);
        assertEquals("ok", attribute(dom, "data-status"), "the page reported: " + attribute(dom, "data-status"));
        assertEquals("yes", attribute(dom, "data-webgl"), "the 3D view was not drawn");
        assertTrue(Integer.parseInt(attribute(dom, "data-canvases")) >= 4, dom.length() + " chars of DOM");
        Matcher total = Pattern.compile("id=\"total-synapses\">([^<]*)<").matcher(dom);
        assertTrue(total.find());
        assertEquals("6", total.group(1));
        // the cell spans about 170 µm: axes of 20 µm, a round length near a sixth of it
        assertEquals("20", attribute(dom, "data-scale-um"));
        Chromium.screenshot(report, Path.of("target", "report-small.png"), 1400, 1500, dir);
    }

    /**
     * What {@code report <folder>} hands the writer for a model without areas (rules): synapses
     * read back from .syn/.con, so their points are unknown (NaN) and come from (section, x), and
     * populations with no area. The page still runs without an error and states the count.
     */
    @Test
    void aModelWithoutAreasAndSynapsesReadBackFromFilesRendersToo() throws IOException {
        Chromium.assumeAvailable();
        EmbeddingResult read = SmallEmbedding.interior(false);
        List<Population> populations = new ArrayList<>();
        for (Population p : read.populations()) {
            populations.add(new Population(p.type(), "", p.cells(), p.excitatory()));
        }
        List<SynapseBlock> blocks = new ArrayList<>();
        for (SynapseBlock b : read.realization().blocks()) {
            blocks.add(new SynapseBlock("", b.type(), b.synapses()));
        }
        EmbeddingResult rules = new EmbeddingResult(read.morphology(), read.postsynapticType(), "rules", populations,
                new Realization(0, blocks), List.of(), read.runId(), read.run());
        Path report = new ReportWriter().write(rules, dir).get(0);
        String html = Files.readString(report);
        // dend_1 at x = 0.5: 17.5 µm into its 50 µm segment, at (10.5, 34, 0), placed from (section, x)
        assertTrue(html.contains("10.5,34"), "the synapse's point from (section, x)");
        String dom = Chromium.dumpDom(report, 10_000, dir);
        assertEquals("ok", attribute(dom, "data-status"), "the page reported: " + attribute(dom, "data-status"));
        assertEquals("yes", attribute(dom, "data-webgl"), "the 3D view was not drawn");
        Matcher total = Pattern.compile("id=\"total-synapses\">([^<]*)<").matcher(dom);
        assertTrue(total.find());
        assertEquals("6", total.group(1));
    }

    static String attribute(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "(absent)";
    }
}
