package org.synmap.shell.gogo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.synmap.connectome.api.ProgressListener;

/**
 * Progress of long phases on stderr: phase, done/total, rate and ETA. On a terminal one line
 * is redrawn in place; otherwise a plain line is printed every few seconds and at the end.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile String phase = "";
    private volatile long total;
    private volatile long startNanos;
    private volatile long lastPrintNanos;

    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on the process's stderr, redrawn in place when stderr is a terminal. */
    public static ConsoleProgress onStderr() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void start(String newPhase, long newTotal) {
        phase = newPhase;
        total = newTotal;
        done.set(0);
        startNanos = System.nanoTime();
        lastPrintNanos = startNanos;
        if (!terminal) {
            out.println(phase + ": started" + (total > 0 ? ", " + total + " to do" : ""));
        }
    }

    @Override
    public void advance(long n) {
        long d = done.addAndGet(n);
        long now = System.nanoTime();
        long interval = terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS;
        if (now - lastPrintNanos >= interval) {
            synchronized (this) {
                if (now - lastPrintNanos >= interval) {
                    lastPrintNanos = now;
                    print(d, now, false);
                }
            }
        }
    }

    @Override
    public synchronized void finish() {
        print(done.get(), System.nanoTime(), true);
    }

    @Override
    public synchronized void note(String message) {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println("note: " + message);
    }

    private void print(long d, long now, boolean last) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = d / seconds;
        StringBuilder line = new StringBuilder(phase).append(": ").append(d);
        if (total > 0) {
            line.append('/').append(total)
                .append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * d / total));
        }
        line.append(String.format(Locale.ROOT, ", %s/s", human(rate)));
        if (last) {
            line.append(String.format(Locale.ROOT, ", done in %.1f s", seconds));
        } else if (total > 0 && d > 0) {
            line.append(String.format(Locale.ROOT, ", ETA %.0f s", (total - d) / rate));
        }
        if (terminal) {
            out.print("\r\033[K" + line);
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String human(double rate) {
        if (rate >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", rate / 1e6);
        }
        if (rate >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", rate / 1e3);
        }
        return String.format(Locale.ROOT, rate >= 100 ? "%.0f" : "%.1f", rate);
    }
}
