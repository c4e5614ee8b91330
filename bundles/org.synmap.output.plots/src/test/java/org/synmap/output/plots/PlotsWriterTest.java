package org.synmap.output.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.test.support.SmallEmbedding;

class PlotsWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesEachFigureAsSvgAndPng() throws Exception {
        List<Path> files = new PlotsWriter().write(SmallEmbedding.result(), dir);
        assertEquals(8, files.size());
        for (String name : List.of("synapses-xz", "synapses-yz", "synapses-per-type", "depth-profile")) {
            Path svg = dir.resolve("plots/" + name + ".svg");
            Path png = dir.resolve("plots/" + name + ".png");
            assertTrue(files.contains(svg) && files.contains(png), name);
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            xml.newDocumentBuilder().parse(svg.toFile()); // well-formed XML (without fetching SVG's DTD)
            String text = Files.readString(svg);
            assertTrue(text.contains("cell.hoc as L5tt, seed 7"), name + ": the title names the morphology and seed");
            BufferedImage image = ImageIO.read(png.toFile());
            assertTrue(image.getWidth() >= 900 && image.getHeight() >= 600, name);
        }
    }

    /** Axes with units and a legend of the presynaptic types. */
    @Test
    void figuresHaveUnitsAndALegend() throws IOException {
        new PlotsWriter().write(SmallEmbedding.result(), Files.createDirectories(Path.of("target", "plots-test")));
        new PlotsWriter().write(SmallEmbedding.result(), dir);
        String xz = Files.readString(dir.resolve("plots/synapses-xz.svg"));
        // horizontal labels are SVG text; JFreeSVG draws the rotated vertical ones as outlines
        assertTrue(xz.contains(">x (\u00b5m)<"), "axis label with its unit");
        assertTrue(xz.contains(">L5tt<") && xz.contains(">L1<"), "legend entries for the types");
        String depth = Files.readString(dir.resolve("plots/depth-profile.svg"));
        assertTrue(depth.contains(">z relative to the soma (\u00b5m, 50 \u00b5m bins)<"));
        assertTrue(depth.contains(">synapses per \u00b5m of dendrite<"), "the legend");
        String types = Files.readString(dir.resolve("plots/synapses-per-type.svg"));
        assertTrue(types.contains("connected presynaptic cells"));
    }
}
