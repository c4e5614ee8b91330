package org.synmap.output.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.format.text.AtomicFiles;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.output.report.profile.DepthProfile;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Static figures for papers, as SVG and PNG in {@code plots/}: the synapses on the x–z and y–z
 * projections of the morphology, synapses and connected cells per presynaptic type, and the
 * synapse density against depth. Drawn with JFreeChart, SVG by JFreeSVG; every figure has axes
 * with units, a legend, and a title naming the morphology and the seed.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "plots", description = "figures for papers in plots/"
        + " (SVG and PNG): synapses on x-z and y-z projections, counts per type, density against depth")
public final class PlotsWriter implements RealizationWriter {
    static final String FOLDER = "plots";
    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858),
        new Color(0xee6666), new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452), new Color(0x9a60b4),
        new Color(0xea7ccc), new Color(0x2f4554), new Color(0xc23531), new Color(0x61a0a8), new Color(0xd48265),
        new Color(0x749f83), new Color(0xca8622), new Color(0xbda29a), new Color(0x6e7074), new Color(0x546570),
        new Color(0xc4ccd3), new Color(0xf05b72), new Color(0xef5b9c), new Color(0xf47920)};

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // figures are drawn off screen, also without a display
        }
        Path folder = Files.createDirectories(directory.resolve(FOLDER));
        String title = result.morphology().name() + " as " + result.postsynapticType() + ", seed "
                + result.run().get("seed") + ", sample " + result.realization().sampleIndex();
        Map<String, Color> colours = colours(result);
        List<Path> files = new ArrayList<>();
        files.addAll(save(projection(result, colours, title, 1), folder, "synapses-xz", 900, 1100));
        files.addAll(save(projection(result, colours, title, 0), folder, "synapses-yz", 900, 1100));
        files.addAll(save(perType(result, colours, title), folder, "synapses-per-type", 1000, 600));
        files.addAll(save(depth(result, title), folder, "depth-profile", 1000, 600));
        return files;
    }

    /** One colour per presynaptic type, in model order, as in the HTML report. */
    static Map<String, Color> colours(EmbeddingResult result) {
        Map<String, Color> c = new LinkedHashMap<>();
        for (Population p : result.populations()) {
            c.putIfAbsent(p.type(), PALETTE[c.size() % PALETTE.length]);
        }
        return c;
    }

    /**
     * The morphology's sections as grey lines and the synapses as dots, on x–z (dropping y) or
     * y–z (dropping x); z is up, both axes in µm at the same scale.
     */
    static JFreeChart projection(EmbeddingResult result, Map<String, Color> colours, String title, int horizontal) {
        Morphology m = result.morphology();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int series = 0;
        for (Section s : m.sections()) {
            XYSeries line = new XYSeries("section " + s.id(), false, true);
            for (int i = 0; i < s.pointCount(); i++) {
                line.add(horizontal == 0 ? s.y(i) : s.x(i), s.z(i));
            }
            data.addSeries(line);
            renderer.setSeriesLinesVisible(series, true);
            renderer.setSeriesShapesVisible(series, false);
            renderer.setSeriesPaint(series, new Color(0x8c8c8c));
            renderer.setSeriesStroke(series, new BasicStroke(0.8f));
            renderer.setSeriesVisibleInLegend(series, false);
            series++;
        }
        Map<String, XYSeries> byType = new LinkedHashMap<>();
        for (SynapseBlock b : result.realization().blocks()) {
            XYSeries points = byType.computeIfAbsent(b.type(), t -> new XYSeries(t, false, true));
            for (Synapse s : b.synapses()) {
                double[] p = Double.isNaN(s.px()) ? m.section(s.sectionId()).pointAt(s.x())
                        : new double[] {s.px(), s.py(), s.pz()};
                points.add(horizontal == 0 ? p[1] : p[0], p[2]);
            }
        }
        for (Map.Entry<String, XYSeries> e : byType.entrySet()) {
            if (e.getValue().getItemCount() == 0) {
                continue;
            }
            data.addSeries(e.getValue());
            renderer.setSeriesLinesVisible(series, false);
            renderer.setSeriesShapesVisible(series, true);
            renderer.setSeriesShape(series, new Ellipse2D.Double(-1.25, -1.25, 2.5, 2.5));
            renderer.setSeriesPaint(series, colours.getOrDefault(e.getKey(), Color.BLACK));
            series++;
        }
        NumberAxis x = new NumberAxis((horizontal == 0 ? "y" : "x") + " (\u00b5m)");
        NumberAxis z = new NumberAxis("z (\u00b5m)");
        x.setAutoRangeIncludesZero(false);
        z.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, z, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the morphology first, synapses on top
        equalScale(plot, data);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe0e0e0));
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        JFreeChart chart = new JFreeChart("Synapses on the " + (horizontal == 0 ? "y\u2013z" : "x\u2013z")
                + " projection\n" + title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The same µm per pixel on both axes (the figure is taller than wide, as a pyramidal cell is). */
    private static void equalScale(XYPlot plot, XYSeriesCollection data) {
        double width = data.getDomainUpperBound(false) - data.getDomainLowerBound(false);
        double height = data.getRangeUpperBound(false) - data.getRangeLowerBound(false);
        double aspect = 1100.0 / 900.0 * 0.85; // plot area of the 900 x 1100 figure, roughly
        double cx = (data.getDomainUpperBound(false) + data.getDomainLowerBound(false)) / 2;
        double cz = (data.getRangeUpperBound(false) + data.getRangeLowerBound(false)) / 2;
        double w = Math.max(width, height / aspect) * 1.05 + 1;
        double h = w * aspect;
        plot.getDomainAxis().setRange(cx - w / 2, cx + w / 2);
        plot.getRangeAxis().setRange(cz - h / 2, cz + h / 2);
    }

    static JFreeChart perType(EmbeddingResult result, Map<String, Color> colours, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Population p : result.populations()) {
            counts.putIfAbsent(p.type(), new int[2]);
        }
        for (SynapseBlock b : result.realization().blocks()) {
            int[] c = counts.computeIfAbsent(b.type(), t -> new int[2]);
            c[0] += b.size();
            c[1] += b.connectedCells();
        }
        counts.forEach((type, c) -> {
            data.addValue(c[0], "synapses", type);
            data.addValue(c[1], "connected presynaptic cells", type);
        });
        CategoryAxis types = new CategoryAxis("presynaptic cell type");
        types.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x5470c6));
        renderer.setSeriesPaint(1, new Color(0xa0a0a0));
        CategoryPlot plot = new CategoryPlot(data, types, new NumberAxis("count"), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        JFreeChart chart = new JFreeChart("Synapses and connected cells per presynaptic type\n" + title,
                new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Synapses per µm of dendrite in 50 µm bins of z relative to the soma (the report's depth profile). */
    static JFreeChart depth(EmbeddingResult result, String title) {
        DepthProfile d = DepthProfile.of(result.morphology(), result.realization());
        XYSeries series = new XYSeries("synapses per \u00b5m of dendrite");
        for (int i = 0; i < d.centreUm().size(); i++) {
            series.add(d.centreUm().get(i), d.perUm().get(i));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0x1f3b57));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        NumberAxis z = new NumberAxis("z relative to the soma (\u00b5m, 50 \u00b5m bins)");
        z.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), z, new NumberAxis("synapses per \u00b5m"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe0e0e0));
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        JFreeChart chart = new JFreeChart("Synapse density against depth\n" + title,
                new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static List<Path> save(JFreeChart chart, Path folder, String name, int width, int height)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        String svg = g.getSVGDocument();
        Path svgFile = AtomicFiles.writeText(folder.resolve(name + ".svg"), svg);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, width, height);
        Path pngFile = AtomicFiles.write(folder.resolve(name + ".png"), out -> png.writeTo(out));
        return List.of(svgFile, pngFile);
    }
}
