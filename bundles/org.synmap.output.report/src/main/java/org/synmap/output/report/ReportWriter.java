package org.synmap.output.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.osgi.service.component.annotations.Component;
import org.synmap.format.text.AtomicFiles;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Writes {@code report.html}: one file that opens offline in any current browser, with the
 * morphology and its synapses in an interactive 3D view (three.js), charts per presynaptic type,
 * per area, over samples and against depth (Apache ECharts), and the run's facts. Both libraries
 * are inlined from the webjars copied into this bundle at build time.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "report", description = "report.html: a self-contained"
        + " page with a 3D view of the synapses, charts and the run's facts (opens offline)")
public final class ReportWriter implements RealizationWriter {
    static final String FILE = "report.html";
    private static final String LIB = "lib/META-INF/resources/webjars/";
    static final String ECHARTS = LIB + "echarts/5.3.1/dist/echarts.min.js";
    static final String THREE = LIB + "three/0.155.0/build/three.min.js";
    static final String ORBIT_CONTROLS = LIB + "three/0.155.0/examples/jsm/controls/OrbitControls.js";

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        String html = html(result);
        return List.of(AtomicFiles.writeText(directory.resolve(FILE), html));
    }

    static String html(EmbeddingResult result) throws IOException {
        String data = new ObjectMapper().writeValueAsString(ReportData.of(result)).replace("</", "<\\/");
        return resource("report.html")
                .replace("/*@ECHARTS@*/", resource(ECHARTS))
                .replace("/*@THREE@*/", resource(THREE))
                .replace("/*@ORBIT_CONTROLS@*/", classicScript(resource(ORBIT_CONTROLS)))
                .replace("@TITLE@", escape(result.morphology().name() + " as " + result.postsynapticType()))
                .replace("/*@DATA@*/", data);
    }

    /**
     * three.js ships OrbitControls only as an ES module importing from 'three'; a page opened from
     * a file cannot resolve that import, so the module becomes a classic script over the global
     * {@code THREE} that three.min.js defines.
     */
    static String classicScript(String module) {
        int from = module.indexOf("import {");
        int to = module.indexOf("} from 'three';", from);
        if (from < 0 || to < 0 || !module.contains("export { OrbitControls };")) {
            throw new IllegalStateException("OrbitControls.js is not laid out as in three 0.155.0");
        }
        String names = module.substring(from + "import {".length(), to);
        return "(function () {\nconst {" + names + "} = THREE;\n" + module.substring(to + "} from 'three';".length())
                .replace("export { OrbitControls };", "THREE.OrbitControls = OrbitControls;") + "\n})();";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("report: resource " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
