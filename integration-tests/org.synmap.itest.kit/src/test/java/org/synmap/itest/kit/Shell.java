package org.synmap.itest.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * synmap's interactive Gogo shell as a child process, driven through its standard input as a
 * user types: each {@link #run} sends a line and waits for the output of a marker echoed after
 * it, so the answer is the text between.
 */
final class Shell implements AutoCloseable {
    private final Process process;
    private final OutputStream in;
    private final StringBuffer output = new StringBuffer();
    private int markers;

    Shell(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        in = process.getOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream out = process.getInputStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = out.read(buf)) > 0;) {
                    output.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                output.append("\n[reading the shell failed: ").append(e).append("]\n");
            }
        }, "shell-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends one line and returns what the shell printed in answer (stdout and stderr). */
    String run(String line) throws IOException, InterruptedException {
        String marker = "end-of-answer-" + (++markers);
        int from = output.length();
        in.write((line + "\necho " + marker + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            // the shell does not echo what it reads from a pipe: the marker's one appearance is echo's output
            int end = output.indexOf(marker, from);
            if (end >= 0) {
                return output.substring(from, end);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the shell ended: " + output);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer to '" + line + "' within 120 s: " + output.substring(from));
            }
            Thread.sleep(50);
        }
    }

    /** Everything the shell printed so far. */
    String transcript() {
        return output.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            in.write("exit 0\n".getBytes(StandardCharsets.UTF_8));
            in.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
