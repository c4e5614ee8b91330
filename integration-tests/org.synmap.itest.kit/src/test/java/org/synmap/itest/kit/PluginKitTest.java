package org.synmap.itest.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a third-party author does with the plugin kit, end to end: generate a project from the
 * archetype into a temporary folder, build it offline, drop its jar into a plugins folder, embed
 * with its model, replace the jar with a changed build in a running shell and see the change,
 * remove the jar. Maven runs with a private local repository under target/ (see
 * {@link KitRepository}); the user's {@code ~/.m2} is only read.
 */
class PluginKitTest {
    private static final Path ROOT = Path.of(System.getProperty("synmap.root", "../..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("synmap.version", "0.1.0-SNAPSHOT");
    private static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("archetype.version", "3.3.1") + ":generate";
    private static final Path SYNMAP_JAR = ROOT.resolve("distributions/synmap/target/synmap.jar");
    private static final String ARTIFACT = "kit-uniform";

    @TempDir
    Path tmp;

    /** Exit code and output of a finished process. */
    record Run(int exit, String output) {
    }

    private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                out[0] = in.readAllBytes();
            } catch (IOException e) {
                out[0] = e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        reader.join();
        return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    private static String mvn() {
        Path home = Path.of(System.getProperty("maven.home", "/usr/share/maven"));
        return home.resolve("bin/mvn").toString();
    }

    /** Offline Maven with the private repository; the user's local repository is the only remote one. */
    private static List<String> maven(KitRepository repo, String... arguments) {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-ntp", "-o", "-Daether.offline.protocols=file",
                "-s", repo.settings.toString(), "-Dmaven.repo.local=" + repo.local));
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> synmap(Path plugins, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dsynmap.plugins=" + plugins, "-jar", SYNMAP_JAR.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Copies a jar into the plugins folder as one atomic rename, so FileInstall never reads half of it. */
    private static void drop(Path jar, Path plugins) throws IOException {
        Path part = plugins.resolve(ARTIFACT + ".part");
        Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, plugins.resolve(ARTIFACT + ".jar"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aThirdPartyPluginFromTheKit() throws Exception {
        Path userRepository = Path.of(System.getProperty("maven.local.repository",
                System.getProperty("user.home") + "/.m2/repository"));
        KitRepository repo = KitRepository.create(ROOT, VERSION, userRepository, Path.of("target").toAbsolutePath());

        // 1. generate a project from the archetype
        Run generate = run(tmp, maven(repo, ARCHETYPE_PLUGIN, "-DarchetypeGroupId=org.synmap",
                "-DarchetypeArtifactId=synmap-plugin-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example", "-DartifactId=" + ARTIFACT, "-Dversion=1.0.0", "-Dpackage=org.example.kit",
                "-DinteractiveMode=false"));
        assertEquals(0, generate.exit(), generate.output());
        Path project = tmp.resolve(ARTIFACT);
        String pom = Files.readString(project.resolve("pom.xml"));
        assertFalse(pom.contains("<parent>"), "the generated project stands alone");
        assertTrue(pom.contains("<synmap.version>" + VERSION + "</synmap.version>"), pom);

        // 2. build it offline: unit tests and the in-framework test
        Run build = run(project, maven(repo, "verify"));
        assertEquals(0, build.exit(), build.output());
        Path jar = project.resolve("target/" + ARTIFACT + "-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), build.output());
        assertTrue(reportedTests(project.resolve("target/surefire-reports")) >= 7, "unit tests ran");
        assertTrue(reportedTests(project.resolve("target/test-reports")) >= 2, "the in-framework test ran");
        try (JarFile bundle = new JarFile(jar.toFile())) {
            String imports = bundle.getManifest().getMainAttributes().getValue("Import-Package");
            // consumers of the SPI import from the compiled-against minor version to the next major
            assertTrue(imports.contains("org.synmap.connectome.api;version=\"[2.1,3)\""), imports);
        }
        for (String api : List.of("org.synmap.plugin.api", "org.synmap.connectome.api", "org.synmap.output.api")) {
            assertTrue(repo.hasSourcesAndJavadoc(api) || !Files.exists(ROOT.resolve("bundles/" + api + "/target/"
                    + api + "-" + VERSION + "-javadoc.jar")), api + ": installed with sources and javadoc");
        }

        // 3. drop the jar into a plugins folder, beside one built for an API major version the runtime lacks
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        drop(jar, plugins);
        Path broken = brokenBundle(plugins.resolve("needs-api-3.jar"));
        Run list = run(tmp, synmap(plugins, "plugins"));
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("connectome-model") && l.contains(ARTIFACT + " ")
                && l.contains(plugins.resolve(ARTIFACT + ".jar").toString())), "origin is the jar:\n" + list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("connectome-model  ") && l.contains("built-in")),
                list.output());
        assertTrue(list.output().contains(broken + ": com.example.needs.api3 1.0.0 (bundle "), list.output());
        assertTrue(list.output().contains("does not resolve: missing package org.synmap.connectome.api [3.0.0,4.0.0)"
                + " (installed: 2.1.0)"), list.output());

        // 4. embed with its model: the .syn and .con files hold its synapses
        Path out = tmp.resolve("out");
        Run embed = run(tmp, synmap(plugins, "embed", "builtin:l5tt-c2", "--model", ARTIFACT, "--cell-type",
                "AnyType", "--param", "synapses=40", "--samples", "3", "--seed", "5", "--format",
                "isf," + ARTIFACT + "-table", "--out", out.toString()));
        assertEquals(0, embed.exit(), embed.output());
        assertTrue(embed.output().contains("synmap: plugin " + broken + ": "), "reported before the command runs:\n"
                + embed.output());
        Files.delete(broken);
        assertEquals(40, synapseLines(out, ".syn"), embed.output());
        assertEquals(40, synapseLines(out, ".con"), embed.output());
        assertEquals(41, Files.readAllLines(out.resolve("synapses.tsv")).size());

        // 5. in a running shell, replace the jar with a changed build (default 7 synapses) and see the change
        Path source = project.resolve("src/main/java/org/example/kit/UniformSynapsesModel.java");
        Files.writeString(source, Files.readString(source).replace("Parameter.integer(SYNAPSES, 100L,",
                "Parameter.integer(SYNAPSES, 7L,").replace("\"example: a given number", "\"example, changed: a given number"));
        try (Shell shell = new Shell(synmap(plugins))) {
            Path before = tmp.resolve("before");
            shell.run("synmap:embed builtin:l5tt-c2 --model " + ARTIFACT + " --cell-type X --samples 1 --out " + before);
            assertEquals(100, synapseLines(before, ".syn"), shell.transcript());

            Run rebuild = run(project, maven(repo, "package", "-DskipTests"));
            assertEquals(0, rebuild.exit(), rebuild.output());
            drop(jar, plugins);
            String answer = waitFor(shell, "synmap:plugins", a -> a.contains("example, changed"));
            assertTrue(answer.contains("example, changed"), shell.transcript());
            Path after = tmp.resolve("after");
            shell.run("synmap:embed builtin:l5tt-c2 --model " + ARTIFACT + " --cell-type X --samples 1 --out " + after);
            assertEquals(7, synapseLines(after, ".syn"), shell.transcript());

            // 6. remove the jar: the plugin goes, the runtime stays
            Files.delete(plugins.resolve(ARTIFACT + ".jar"));
            answer = waitFor(shell, "synmap:plugins", a -> !a.contains(ARTIFACT) && a.contains("barrel-cortex"));
            assertFalse(answer.contains(ARTIFACT), shell.transcript());
            assertTrue(shell.transcript().contains("synmap: plugin removed " + ARTIFACT), shell.transcript());

            // in the shell, start file:... installs a jar from anywhere and prints its id
            answer = shell.run("start file:" + jar);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("Bundle ID: (\\d+)").matcher(answer);
            assertTrue(id.find(), answer);
            assertTrue(waitFor(shell, "synmap:plugins", a -> a.contains(ARTIFACT)).contains(ARTIFACT));
            shell.run("uninstall " + id.group(1));
            assertFalse(shell.run("synmap:plugins").contains(ARTIFACT), shell.transcript());
        }
    }

    /** A bundle importing connectome API 3.x, which no synmap runtime of this version has. */
    private static Path brokenBundle(Path file) throws IOException {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        java.util.jar.Attributes a = m.getMainAttributes();
        a.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "com.example.needs.api3");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.synmap.connectome.api;version=\"[3.0,4)\"");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(file), m)) {
            out.flush();
        }
        return file;
    }

    /** Asks the shell until its answer passes {@code done} (FileInstall scans every second), at most a minute. */
    private static String waitFor(Shell shell, String line, java.util.function.Predicate<String> done)
            throws IOException, InterruptedException {
        String answer = "";
        for (int i = 0; i < 120; i++) {
            answer = shell.run(line);
            if (done.test(answer)) {
                return answer;
            }
            Thread.sleep(500);
        }
        return answer;
    }

    /** Synapse lines of the one .syn or .con file in {@code dir} (comment lines start with #). */
    private static long synapseLines(Path dir, String extension) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(extension)).findFirst().orElseThrow();
        }
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
    }

    /** Tests counted in the JUnit XML reports under {@code dir}. */
    private static int reportedTests(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<testsuite [^>]*tests=\"(\\d+)\"")
                        .matcher(Files.readString(p));
                if (m.find()) {
                    n += Integer.parseInt(m.group(1));
                }
            }
        }
        return n;
    }
}
