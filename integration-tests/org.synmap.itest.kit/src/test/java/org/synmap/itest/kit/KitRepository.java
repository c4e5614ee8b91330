package org.synmap.itest.kit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A private Maven setting for building a generated plugin project as its author would after
 * {@code mvn install} of synmap, without touching the user's {@code ~/.m2}: a local repository
 * under {@code target/} holding this build's synmap artifacts (the parent pom, every bundle with
 * its sources and javadoc jars where built, the archetype), laid out as {@code mvn install}
 * lays them out, and a settings file whose only repository is the user's local repository read
 * as a {@code file:} URL, for third-party artifacts (plugins, Felix, JUnit). No network is used.
 */
final class KitRepository {
    private final Path root;
    private final String version;
    final Path local;
    final Path settings;

    KitRepository(Path root, String version, Path local, Path settings) {
        this.root = root;
        this.version = version;
        this.local = local;
        this.settings = settings;
    }

    /** Fills {@code local} with synmap's artifacts and writes {@code settings}. */
    static KitRepository create(Path root, String version, Path userRepository, Path target) throws IOException {
        KitRepository r = new KitRepository(root, version, target.resolve("kit-m2"), target.resolve("kit-settings.xml"));
        r.install("synmap", root.resolve("pom.xml"), null);
        for (Path module : r.modules()) {
            String artifact = module.getFileName().toString();
            Path jar = module.resolve("target").resolve(artifact + "-" + version + ".jar");
            if (Files.isRegularFile(jar)) {
                r.install(artifact, module.resolve("pom.xml"), jar);
            }
        }
        Path archetype = root.resolve("archetypes/synmap-plugin-archetype");
        Path archetypeJar = archetype.resolve("target/synmap-plugin-archetype-" + version + ".jar");
        if (!Files.isRegularFile(archetypeJar)) {
            throw new IllegalStateException(archetypeJar + " is missing: build the archetype module first");
        }
        r.install("synmap-plugin-archetype", archetype.resolve("pom.xml"), archetypeJar);
        Files.writeString(r.settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>user-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                  <!-- a local repository holds no checksum files: do not ask for them -->
                  <profiles>
                    <profile>
                      <id>no-checksums</id>
                      <repositories><repository><id>central</id><url>https://repo.maven.apache.org/maven2</url>
                        <releases><checksumPolicy>ignore</checksumPolicy></releases>
                        <snapshots><enabled>false</enabled></snapshots></repository></repositories>
                      <pluginRepositories><pluginRepository><id>central</id><url>https://repo.maven.apache.org/maven2</url>
                        <releases><checksumPolicy>ignore</checksumPolicy></releases>
                        <snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>no-checksums</activeProfile></activeProfiles>
                </settings>
                """.formatted(r.local, userRepository.toUri()));
        return r;
    }

    private List<Path> modules() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root.resolve("bundles"))) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** Copies a pom, a jar and the jar's -sources and -javadoc siblings where they exist. */
    private void install(String artifact, Path pom, Path jar) throws IOException {
        Path dir = local.resolve("org/synmap").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        String base = artifact + "-" + version;
        Files.copy(pom, dir.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            for (String classifier : List.of("sources", "javadoc")) {
                Path attached = jar.resolveSibling(base + "-" + classifier + ".jar");
                if (Files.isRegularFile(attached)) {
                    Files.copy(attached, dir.resolve(base + "-" + classifier + ".jar"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Whether the API bundles were installed with their sources and javadoc (built by verify). */
    boolean hasSourcesAndJavadoc(String artifact) {
        Path dir = local.resolve("org/synmap").resolve(artifact).resolve(version);
        return Files.isRegularFile(dir.resolve(artifact + "-" + version + "-sources.jar"))
                && Files.isRegularFile(dir.resolve(artifact + "-" + version + "-javadoc.jar"));
    }
}
