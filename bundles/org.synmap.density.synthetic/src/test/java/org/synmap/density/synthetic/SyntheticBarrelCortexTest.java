package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.test.support.Sources;
import org.synmap.density.api.CellClass;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.PstConstants;

class SyntheticBarrelCortexTest {
    private static final List<String> AREAS = List.of("Alpha", "A1", "A2", "A3", "A4", "Beta", "B1", "B2", "B3", "B4",
            "Gamma", "C1", "C2", "C3", "C4", "Delta", "D1", "D2", "D3", "D4", "E1", "E2", "E3", "E4");
    private static final List<String> EXC = List.of("L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt", "L6cc",
            "L6ccinv", "L6ct", "VPM");

    /** Per-type totals of ISF's nrCells.csv (isf-spec §2.4), in its row order. */
    private static Map<String, Integer> publishedTotals() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("L2", 60_913);
        m.put("L34", 103_961);
        m.put("L4py", 18_941);
        m.put("L4sp", 31_827);
        m.put("L4ss", 47_254);
        m.put("L5st", 36_056);
        m.put("L5tt", 27_630);
        m.put("L6cc", 31_526);
        m.put("L6ccinv", 17_561);
        m.put("L6ct", 86_733);
        m.put("VPM", 6_225);
        m.put("SymLocal1", 7_436);
        m.put("SymLocal2", 4_538);
        m.put("SymLocal3", 13_212);
        m.put("SymLocal4", 4_813);
        m.put("SymLocal5", 1_903);
        m.put("SymLocal6", 4_086);
        m.put("L1", 1_117);
        m.put("L23Trans", 5_187);
        m.put("L45Sym", 5_760);
        m.put("L45Peak", 6_201);
        m.put("L56Trans", 13_282);
        return m;
    }

    private static AnatomicalModel open(Map<String, String> parameters) {
        return Sources.generate(new SyntheticBarrelCortex(), parameters);
    }

    @Test
    void describesItselfAsAGeneratedSource() {
        SyntheticBarrelCortex source = new SyntheticBarrelCortex();
        assertEquals("synthetic-barrel-cortex", SyntheticBarrelCortex.class.getAnnotation(SynmapPlugin.class).name());
        assertFalse(source.canOpen(Path.of(".")));
        assertFalse(source.canOpen(Path.of("/work/shared/isf-data/barrel-cortex")));
        assertEquals(List.of("seed", "scale", "densities", "spacing"),
                source.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("1", "1.0", "3", "50.0"),
                source.parameters().stream().map(Parameter::defaultValue).toList());
    }

    @Test
    void rejectsALocationAndUnknownOrBadParameters() {
        SyntheticBarrelCortex source = new SyntheticBarrelCortex();
        assertThrows(IllegalArgumentException.class, () -> Sources.open(source, Path.of("."), Map.of()));
        var unknown = assertThrows(IllegalArgumentException.class, () -> open(Map.of("sead", "2")));
        assertTrue(unknown.getMessage().contains("'sead'"), unknown.getMessage());
        for (var bad : List.of(Map.of("seed", "x"), Map.of("scale", "0"), Map.of("scale", "1.5"),
                Map.of("densities", "0"), Map.of("densities", "101"), Map.of("spacing", "10"), Map.of("spacing", "NaN"))) {
            var e = assertThrows(IllegalArgumentException.class, () -> open(bad), bad.toString());
            assertTrue(e.getMessage().startsWith("synthetic-barrel-cortex: "), e.getMessage());
        }
    }

    /** The message names the parameter and what it must be, not Java's "For input string". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "seed | x | synthetic-barrel-cortex: parameter 'seed': expected a whole number, got 'x'",
        "scale | abc | synthetic-barrel-cortex: parameter 'scale': expected a finite decimal number, got 'abc'",
        "densities | 2.5 | synthetic-barrel-cortex: parameter 'densities': expected a whole number, got '2.5'",
        "spacing | 50um | synthetic-barrel-cortex: parameter 'spacing': expected a finite decimal number, got '50um'",
        "spacing | 10 | synthetic-barrel-cortex: spacing must be 25.0…200.0 µm, got 10.0",
    })
    void badValuesAreNamed(String name, String value, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> open(Map.of(name, value))).getMessage());
    }

    /** Handle names are ASCII whatever the default locale (String.format would otherwise localise the digits). */
    @Test
    void latticeNamesDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            assertEquals("axon_02", open(Map.of()).boutonLattices("C2", "L5tt").get(2).name());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void hasTheBarrelFieldsAreasAndIsfsTypesAndClasses() {
        AnatomicalModel m = open(Map.of());
        assertEquals(AREAS, m.areas());
        assertEquals(List.copyOf(publishedTotals().keySet()), m.cellTypes());
        for (String t : m.cellTypes()) {
            assertEquals(EXC.contains(t) ? CellClass.EXC : CellClass.INH, m.cellClass(t), t);
        }
        assertThrows(IllegalArgumentException.class, () -> m.cellClass("L5"));
        assertThrows(IllegalArgumentException.class, () -> m.cellCount("C5", "L2"));
    }

    @Test
    void countsAddUpToThePublishedTotals() {
        AnatomicalModel m = open(Map.of());
        long all = 0;
        long exc = 0;
        for (var e : publishedTotals().entrySet()) {
            int sum = 0;
            for (String a : m.areas()) {
                sum += m.cellCount(a, e.getKey());
            }
            assertEquals(e.getValue(), sum, e.getKey());
            all += sum;
            exc += m.cellClass(e.getKey()) == CellClass.EXC ? sum : 0;
        }
        assertEquals(536_162, all);
        assertEquals(468_627, exc);
        for (String a : m.areas()) {
            int column = m.cellTypes().stream().mapToInt(t -> m.cellCount(a, t)).sum();
            // The real per-column totals run from 11,555 (A4) to 34,766 (E2); C2 has 23,422.
            assertTrue(column >= 11_555 && column <= 34_766, a + " has " + column);
        }
        int c2 = m.cellTypes().stream().mapToInt(t -> m.cellCount("C2", t)).sum();
        assertEquals(23_422, c2, 0.05 * 23_422);
    }

    @Test
    void scaleKeepsAtLeastOneCellPerPair() {
        AnatomicalModel full = open(Map.of());
        AnatomicalModel tenth = open(Map.of("scale", "0.1"));
        AnatomicalModel tiny = open(Map.of("scale", "1e-9"));
        long tinyTotal = 0;
        for (String a : full.areas()) {
            for (String t : full.cellTypes()) {
                int n = full.cellCount(a, t);
                assertEquals(Math.max(1, Math.round(n * 0.1)), tenth.cellCount(a, t), a + " " + t);
                assertEquals(1, tiny.cellCount(a, t));
                tinyTotal += tiny.cellCount(a, t);
            }
        }
        assertEquals(24 * 22, tinyTotal);
        // Scale only thins the cells; the densities stay the same.
        assertEquals(full.normalizationPst(CellClass.EXC), tenth.normalizationPst(CellClass.EXC));
    }

    @ParameterizedTest
    @CsvSource({"1, axon_00", "3, axon_02", "12, axon_11", "100, axon_99"})
    void densitiesSetsTheLatticesPerPair(int densities, String lastName) {
        AnatomicalModel m = open(Map.of("densities", Integer.toString(densities)));
        for (String a : List.of("Alpha", "C2", "E4")) {
            for (String t : List.of("L2", "VPM", "L56Trans")) {
                var handles = m.boutonLattices(a, t);
                assertEquals(densities, handles.size());
                assertEquals("axon_00", handles.get(0).name());
                assertEquals(lastName, handles.get(densities - 1).name());
            }
        }
    }

    @Test
    void pstConstantsAreConnectionsV8() {
        AnatomicalModel m = open(Map.of());
        List<String> post = m.postsynapticTypes();
        assertEquals(21, post.size());
        assertFalse(post.contains("VPM"));
        assertEquals(m.cellTypes().stream().filter(t -> !t.equals("VPM")).toList(), post);
        assertEquals(new PstConstants(0, 1.68, 1.04, 0, 0, 0), m.pstConstants(CellClass.EXC, "L5tt"));
        assertEquals(new PstConstants(0, 1.68, 1.68, 0, 0, 0), m.pstConstants(CellClass.EXC, "L34"));
        assertEquals(new PstConstants(0, 1.68, 1.17, 0, 0, 0), m.pstConstants(CellClass.EXC, "L4py"));
        assertEquals(new PstConstants(0, 1.17, 1.17, 0, 0, 0), m.pstConstants(CellClass.EXC, "L4ss"));
        assertEquals(new PstConstants(0, 1.04, 1.04, 0, 0, 0), m.pstConstants(CellClass.EXC, "L6ccinv"));
        assertEquals(new PstConstants(0, 0, 0, 0.37, 0.37, 0.37), m.pstConstants(CellClass.EXC, "L45Peak"));
        for (String t : post) {
            assertEquals(new PstConstants(0, 0, 0, 0.03, 0.03, 0.03), m.pstConstants(CellClass.INH, t), t);
        }
        assertThrows(IllegalArgumentException.class, () -> m.pstConstants(CellClass.EXC, "VPM"));
    }

    @Test
    void nameAndProvenanceRecordTheParameters() {
        AnatomicalModel m = open(Map.of("seed", "7", "scale", "0.5", "densities", "2", "spacing", "100"));
        assertEquals("synthetic-barrel-cortex seed=7 scale=0.5 densities=2 spacing=100.0", m.name());
        assertEquals("7", m.provenance().get("seed"));
        assertEquals("0.5", m.provenance().get("scale"));
        assertEquals("2", m.provenance().get("densities"));
        assertEquals("100.0", m.provenance().get("spacing"));
        assertEquals("synthetic-barrel-cortex", m.provenance().get("source"));
    }
}
