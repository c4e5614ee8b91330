package org.synmap.shell.gogo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.synmap.connectome.api.ProgressListener;

/** A member's log on stderr: one timestamped line per note (connections, refusals, jobs); no progress bars. */
final class MemberLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MemberLog() {
    }

    /**
     * The process's own stderr, not Gogo's per-thread stream behind {@code System.err}: the last
     * lines are written while the framework (Gogo with it) stops.
     */
    static ProgressListener onStderr() {
        return to(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    static ProgressListener to(PrintStream out) {
        return ProgressListener.notesTo(message -> {
            // one line each, whole, although jobs finish on several threads at once
            synchronized (out) {
                out.println(LocalDateTime.now().format(TIME) + " synmap member: " + message);
                out.flush();
            }
        });
    }
}
