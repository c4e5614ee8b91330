package org.synmap.shell.gogo;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.synmap.connectome.api.ProgressListener;

/** A member's log on stderr: one timestamped line per note (connections, refusals, jobs); no progress bars. */
final class MemberLog implements ProgressListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final PrintStream out;

    MemberLog(PrintStream out) {
        this.out = out;
    }

    /**
     * The process's own stderr, not Gogo's per-thread stream behind {@code System.err}: the last
     * lines are written while the framework (Gogo with it) stops.
     */
    static MemberLog onStderr() {
        return new MemberLog(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void start(String phase, long total) {
    }

    @Override
    public void advance(long done) {
    }

    @Override
    public void finish() {
    }

    @Override
    public synchronized void note(String message) {
        out.println(LocalDateTime.now().format(TIME) + " synmap member: " + message);
        out.flush();
    }
}
