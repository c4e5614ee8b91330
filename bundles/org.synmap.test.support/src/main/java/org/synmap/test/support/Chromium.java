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
 * Debian's Chromium, headless, as a real browser for HTML outputs: the DOM after the page's
 * scripts ran, and screenshots. Tests that call it are skipped, with a message, where
 * {@code chromium} is not installed. WebGL runs on SwiftShader (software), as on machines without a GPU.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "chromium not found at " + BINARY
                + " (install Debian's chromium to test HTML outputs in a real browser): skipped");
    }

    /** The page's DOM after its scripts ran (up to {@code budgetMillis} of virtual time). */
    public static String dumpDom(Path html, int budgetMillis, Path workDir) throws IOException {
        assumeAvailable();
        return run(workDir, "--virtual-time-budget=" + budgetMillis, "--dump-dom", html.toUri().toString());
    }

    /** A PNG screenshot of the page at the given window size. */
    public static Path screenshot(Path html, Path png, int width, int height, Path workDir) throws IOException {
        assumeAvailable();
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(workDir, "--virtual-time-budget=10000", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), html.toUri().toString());
        return png;
    }

    private static String run(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                "--no-first-run", "--user-data-dir=" + workDir.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Path err = workDir.resolve("chromium-stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for chromium");
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + command + "\n" + read(err));
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
