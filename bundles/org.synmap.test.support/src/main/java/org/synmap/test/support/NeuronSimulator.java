package org.synmap.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Asks NEURON itself (Debian's {@code python3-neuron}, NEURON 8.2, run by {@code /usr/bin/python3})
 * how many sections and how much length it builds from a morphology file, so that readers can be
 * compared with it. Tests that call it are skipped, with a message, where {@code neuron} cannot be
 * imported. Each file is read in a fresh interpreter: NEURON keeps sections across files.
 */
public final class NeuronSimulator {
    /** Debian's interpreter: python3-neuron installs into it, not into other pythons on the PATH. */
    private static final String PYTHON = "/usr/bin/python3";
    private static final long TIMEOUT_SECONDS = 120;
    private static Boolean available;

    /** Prints the section count and summed L of the kept sections (names without "axon"; with {@code dendrites}, dend and apic only). */
    private static final String FIGURES = """
            import sys
            from neuron import h
            def report(dendrites_only):
                n, total = 0, 0.0
                for sec in h.allsec():
                    name = sec.name().lower()
                    if 'axon' in name or (dendrites_only and 'dend' not in name and 'apic' not in name):
                        continue
                    n += 1
                    total += sec.L
                print('sections', n)
                print('length', repr(total))
            kind, path = sys.argv[1], sys.argv[2]
            if kind == 'hoc':
                h.xopen(path)
                report(False)
            else:
                h.load_file('stdlib.hoc')
                h.load_file('import3d.hoc')
                reader = h.Import3d_Neurolucida3()
                reader.quiet = 1
                reader.input(path)
                h.Import3d_GUI(reader, 0).instantiate(None)
                report(True)
            """;

    /** What NEURON built: the number of sections and their summed length L (µm). */
    public record Figures(int sections, double length) {
    }

    private NeuronSimulator() {
    }

    /** Whether {@code /usr/bin/python3} can import neuron; never skips. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder(PYTHON, "-c", "import neuron").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Skips the calling test when NEURON is not importable. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "NEURON not found: " + PYTHON + " cannot import neuron (install Debian's"
                + " python3-neuron to compare with NEURON 8.2)");
    }

    /** NEURON's figures for a hoc file it runs with {@code xopen}: every section whose name lacks "axon", soma included. */
    public static Figures hoc(Path file, Path workDir) throws IOException {
        return figures("hoc", file, workDir);
    }

    /**
     * NEURON's figures for a Neurolucida file read by {@code Import3d_Neurolucida3} and instantiated by
     * {@code Import3d_GUI}: the dendritic sections only ({@code dend} and {@code apic}).
     */
    public static Figures neurolucida(Path file, Path workDir) throws IOException {
        return figures("asc", file, workDir);
    }

    private static Figures figures(String kind, Path file, Path workDir) throws IOException {
        assumeAvailable();
        Path script = Files.writeString(workDir.resolve("neuron_figures.py"), FIGURES);
        List<String> out = run(script, kind, file.toAbsolutePath().toString());
        int sections = -1;
        double length = Double.NaN;
        for (String line : out) {
            String[] f = line.strip().split(" ");
            if (f.length == 2 && f[0].equals("sections")) {
                sections = Integer.parseInt(f[1]);
            } else if (f.length == 2 && f[0].equals("length")) {
                length = Double.parseDouble(f[1]);
            }
        }
        if (sections < 0 || Double.isNaN(length)) {
            fail("NEURON printed no figures for " + file + ":\n" + String.join("\n", out));
        }
        return new Figures(sections, length);
    }

    /** Whether {@code /usr/bin/python3} can import {@code module} (e.g. {@code h5py}). */
    public static boolean importable(String module) {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs a Python script with Debian's interpreter (where NEURON, h5py and numpy are installed)
     * in {@code workDir} and returns its output lines; fails the test when it fails.
     */
    public static List<String> runPython(String source, Path workDir, String... args) throws IOException {
        Path script = Files.writeString(workDir.resolve("script_" + Integer.toHexString(source.hashCode()) + ".py"),
                source);
        return run(script, args);
    }

    private static List<String> run(Path script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(script.getParent().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("NEURON did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for NEURON");
        }
        assertEquals(0, p.exitValue(), () -> "NEURON failed on " + command + ":\n" + output);
        return List.of(output.split("\\R"));
    }
}
