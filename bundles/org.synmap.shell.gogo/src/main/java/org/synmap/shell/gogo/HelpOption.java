package org.synmap.shell.gogo;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} of every command (picocli's own help command brings its own). */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;
}
